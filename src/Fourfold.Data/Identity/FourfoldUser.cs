using Fourfold.Domain.People;
using Fourfold.Domain.Practices;
using Microsoft.AspNetCore.Identity;
using NodaTime;

namespace Fourfold.Data.Identity;

/// <summary>A person's account: partner, professional or practice administrator.</summary>
public sealed class FourfoldUser : IdentityUser<Guid>
{
    public const int MaxDisplayNameLength = 100;

    public string DisplayName { get; set; } = "";

    public PersonKind Kind { get; set; }

    /// <summary>The practice of a professional or administrator; clients belong to no practice.</summary>
    public PracticeId? PracticeId { get; set; }

    /// <summary>IANA id of the zone the person lives and works in.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>The professional's public profile; null for clients and administrators.</summary>
    public ProfessionalProfile? Profile { get; set; }

    /// <summary>The last authenticator time step accepted, so that no code is accepted twice.</summary>
    public long LastAuthenticatorTimeStep { get; set; }

    /// <summary>When the practice's administrator turned the account off; a disabled account cannot sign in.</summary>
    public Instant? DisabledAt { get; set; }

    /// <summary>The administrator who turned the account off.</summary>
    public PersonId? DisabledBy { get; set; }

    /// <summary>
    /// Moves with every change to the person's places on care teams, in the same transaction, so that the list of cases
    /// they reach can be kept between requests and is never used once it is out of date.
    /// </summary>
    public Guid CasesVersion { get; set; }

    public bool IsDisabled => DisabledAt is not null;

    public PersonId PersonId => PersonId.From(Id);
}
