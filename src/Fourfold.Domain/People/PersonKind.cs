namespace Fourfold.Domain.People;

/// <summary>What a person is to Fourfold as a whole, before any case: it decides what they may sign in to.</summary>
public enum PersonKind
{
    /// <summary>A partner using the portal.</summary>
    Client = 1,

    /// <summary>A therapist or coach who belongs to a practice.</summary>
    Professional = 2,

    /// <summary>Runs a practice's scheduling, intake and invitations; never reads clinical content.</summary>
    PracticeAdministrator = 3,
}
