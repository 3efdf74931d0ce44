using Fourfold.Domain.Cases;
using Fourfold.Domain.Policies;

namespace Fourfold.Web.Features.Cases;

/// <summary>A case as its overview page and API show it to one reader.</summary>
public sealed record CaseOverview(
    Case Case,
    string PracticeName,
    IReadOnlyList<TeamMemberView> Team,
    IReadOnlySet<CaseRole> ReaderRoles,
    bool ReaderMayManageTeam,
    BookingVerdict JointSessions,
    BookingVerdict BetrayedPartnerIndividualSessions,
    BookingVerdict InvolvedPartnerIndividualSessions)
{
    public IEnumerable<TeamMemberView> ActiveTeam => Team.Where(m => m.Status == MembershipStatus.Active);

    public IEnumerable<TeamMemberView> OpenInvitations => Team.Where(m => m.Status == MembershipStatus.Invited);

    public PartnerRole? ReaderPartner => ReaderRoles.Select(role => role.AsPartnerRole()).FirstOrDefault(role => role is not null);

    public bool ReaderIsPartner => ReaderPartner is not null;

    public bool ReaderIsCouplesTherapist => ReaderRoles.Contains(CaseRole.CouplesTherapist);
}
