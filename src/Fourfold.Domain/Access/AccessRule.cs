namespace Fourfold.Domain.Access;

/// <summary>The rule of DESIGN.md section 3 that allowed a read.</summary>
public enum AccessRule
{
    /// <summary>Rule 1: a psychotherapy note, read by its holder.</summary>
    PsychotherapyNoteHolder = 1,

    /// <summary>Rule 2: the record holder reads their own record.</summary>
    RecordHolder = 2,

    /// <summary>Rule 2: the author reads what they wrote.</summary>
    Author = 3,

    /// <summary>Rule 4: a practice administrator reads attendance of their practice's cases.</summary>
    AdministratorAttendance = 4,

    /// <summary>Rule 5: a subject partner in the item's audience.</summary>
    SubjectPartnerInAudience = 5,

    /// <summary>Rule 6: in the audience, with every other subject partner's active authorization (or none needed).</summary>
    AudienceWithConsent = 6,
}
