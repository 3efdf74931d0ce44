namespace Fourfold.Domain.Access;

/// <summary>What kind of information an item is. Authorizations are granted per category.</summary>
public enum Category
{
    Attendance = 1,
    PlanAndProgress = 2,
    AssessmentSummary = 3,
    SessionSummary = 4,
    ProgressNote = 5,
    DisclosureMaterial = 6,
    AgreementsAndCheckIns = 7,

    /// <summary>Readable by its holder alone, always; no authorization reaches it.</summary>
    PsychotherapyNote = 8,
}
