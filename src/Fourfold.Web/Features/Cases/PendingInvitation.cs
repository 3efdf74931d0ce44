using Fourfold.Domain.Cases;

namespace Fourfold.Web.Features.Cases;

/// <summary>An invitation addressed to the signed-in person, shown on their home page until they answer it.</summary>
public sealed record PendingInvitation(Guid MembershipId, CaseId CaseId, string CaseLabel, CaseRole Role, string InvitedByName, string PracticeName);
