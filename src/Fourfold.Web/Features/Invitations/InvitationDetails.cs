using Fourfold.Domain.Cases;

namespace Fourfold.Web.Features.Invitations;

/// <summary>What the person holding an invitation link may learn before accepting it.</summary>
public sealed record InvitationDetails(Guid MembershipId, CaseId CaseId, string CaseLabel, CaseRole Role, string InvitedEmail, string InvitedName, string InvitedByName, bool AccountExists,
    string PracticeCountryCode = "");
