using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Web.Features.Cases;

/// <summary>One place on a case team as the case page shows it.</summary>
public sealed record TeamMemberView(
    Guid MembershipId,
    PersonId? PersonId,
    string Name,
    CaseRole Role,
    MembershipStatus Status,
    string? PracticeName,
    ProfessionKind? Profession,
    string? TimeZoneId,
    Instant InvitedAt,
    Instant InvitationExpiresAt);
