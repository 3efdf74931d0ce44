namespace Fourfold.Domain.Access;

/// <summary>Why a read was denied.</summary>
public enum DenialReason
{
    /// <summary>The item or reader is not well formed; deny by default.</summary>
    Malformed = 1,

    /// <summary>Rule 1: psychotherapy notes reach their holder alone.</summary>
    PsychotherapyNoteHolderOnly = 2,

    /// <summary>Rule 3: neither a member of the case nor an administrator of its practice; answered as 404.</summary>
    NotOnCase = 3,

    /// <summary>Rule 4: administrators see attendance only.</summary>
    AdministratorsSeeAttendanceOnly = 4,

    /// <summary>Rule 7: the author did not mean the item for this reader.</summary>
    NotInAudience = 5,

    /// <summary>Rule 6: a subject partner has not authorized this reader for this category.</summary>
    NoAuthorization = 6,

    /// <summary>Rule 6: the authorization that covered this read was revoked.</summary>
    AuthorizationRevoked = 7,

    /// <summary>Rule 6: the authorization that covered this read has expired.</summary>
    AuthorizationExpired = 8,
}
