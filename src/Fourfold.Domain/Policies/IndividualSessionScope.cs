namespace Fourfold.Domain.Policies;

public enum IndividualSessionScope
{
    /// <summary>Individual sessions with the couples therapist serve the assessment only.</summary>
    AssessmentOnly = 1,

    /// <summary>Individual sessions may continue alongside the joint work.</summary>
    Ongoing = 2,
}
