using Fourfold.Data;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Cases;

/// <summary>
/// Reads cases for the signed-in person. Every query runs through the tenant filter, so a case the reader is not on is
/// simply not found.
/// </summary>
public sealed class CaseQueries(FourfoldDbContext db, CaseDoor.CaseAccess door, IClock clock)
{
    public async Task<IReadOnlyList<CaseSummary>> MyCasesAsync(CancellationToken cancellationToken)
    {
        var me = db.Actor.Person;
        var cases = await db.Cases.AsNoTracking().OrderBy(c => c.Label).ToListAsync(cancellationToken);
        var practices = await PracticeNamesAsync(cases.Select(c => c.PracticeId), cancellationToken);
        return cases.Select(c =>
        {
            var myRoles = me is { } person ? c.RolesOf(person).Order().ToList() : [];
            var needsAcknowledgement = me is { } reader && c.PartnerRoleOf(reader) is { } partner
                && c.CouplesPolicy is not null && !c.HasAcknowledgedPolicyInForce(partner);
            var status = CouplesTherapistBooking.MayBookWithCouplesTherapist(c.BookingFacts(), new CouplesSessionRequest.Joint()).Explanation;
            return new CaseSummary(c.Id, c.Label, practices.GetValueOrDefault(c.PracticeId.Value, ""), myRoles,
                c.Memberships.Count(m => m.IsActive), status, needsAcknowledgement);
        }).ToList();
    }

    public async Task<CaseOverview?> OverviewAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        if (await door.ViewAsync(caseId, cancellationToken) is not { } context)
        {
            return null;
        }

        var found = context.Case;
        var reader = context.Reader.Person;

        var team = await TeamAsync(found, cancellationToken);
        var practiceNames = await PracticeNamesAsync([found.PracticeId], cancellationToken);
        var facts = found.BookingFacts();
        return new CaseOverview(
            found,
            practiceNames.GetValueOrDefault(found.PracticeId.Value, ""),
            team,
            found.RolesOf(reader),
            found.MayManageTeam(reader, db.Actor.Kind ?? PersonKind.Client, db.Actor.Practice),
            CouplesTherapistBooking.MayBookWithCouplesTherapist(facts, new CouplesSessionRequest.Joint()),
            CouplesTherapistBooking.MayBookWithCouplesTherapist(facts, new CouplesSessionRequest.Individual(PartnerRole.BetrayedPartner, IsForAssessment: true)),
            CouplesTherapistBooking.MayBookWithCouplesTherapist(facts, new CouplesSessionRequest.Individual(PartnerRole.InvolvedPartner, IsForAssessment: true)));
    }

    /// <summary>Whether the signed-in partner has an authorization of this case in force now.</summary>
    public async Task<bool> HasAuthorizationInForceAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        if (await door.ViewAsync(caseId, cancellationToken) is not { } context)
        {
            return false;
        }

        var now = clock.GetCurrentInstant();
        return context.State.Authorizations.Any(a => a.GrantedBy == context.Reader.Person && a.IsActiveAt(now));
    }

    /// <summary>Open invitations addressed to the reader's own email, from cases they cannot see yet.</summary>
    public async Task<IReadOnlyList<PendingInvitation>> InvitationsForMeAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var now = clock.GetCurrentInstant();
        var open = await db.OpenInvitationsToAsync(normalized, now, cancellationToken);
        if (open.Count == 0)
        {
            return [];
        }

        var cases = await db.InvitedToAsync(open, cancellationToken);
        var inviterIds = open.Select(m => m.InvitedBy.Value).Distinct().ToList();
        var inviters = await db.Users.AsNoTracking().Where(u => inviterIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var practices = await PracticeNamesAsync(cases.Values.Select(c => c.Practice), cancellationToken);
        return open.Where(m => cases.ContainsKey(m.CaseId)).Select(m =>
        {
            var invitedTo = cases[m.CaseId];
            return new PendingInvitation(m.Id, m.CaseId, invitedTo.Label, m.Role,
                inviters.GetValueOrDefault(m.InvitedBy.Value, "The care team"), practices.GetValueOrDefault(invitedTo.Practice.Value, ""));
        }).ToList();
    }

    private async Task<IReadOnlyList<TeamMemberView>> TeamAsync(Case found, CancellationToken cancellationToken)
    {
        var personIds = found.Memberships.Where(m => m.PersonId is not null).Select(m => m.PersonId!.Value.Value).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => personIds.Contains(u.Id))
            .Select(u => new { u.Id, u.TimeZoneId, u.PracticeId, Profession = u.Profile == null ? (ProfessionKind?)null : u.Profile.Profession })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var practices = await PracticeNamesAsync(people.Values.Where(p => p.PracticeId is not null).Select(p => p.PracticeId!.Value), cancellationToken);

        return found.Memberships
            .Where(m => m.Status != MembershipStatus.Left)
            .OrderBy(m => m.Role).ThenBy(m => m.DisplayName, StringComparer.Ordinal)
            .Select(m =>
            {
                var person = m.PersonId is { } id ? people.GetValueOrDefault(id.Value) : null;
                var practice = person?.PracticeId is { } practiceId ? practices.GetValueOrDefault(practiceId.Value) : null;
                return new TeamMemberView(m.Id, m.PersonId, m.DisplayName, m.Role, m.Status, practice, person?.Profession,
                    person?.TimeZoneId, m.InvitedAt, m.InvitationExpiresAt);
            })
            .ToList();
    }

    private async Task<Dictionary<Guid, string>> PracticeNamesAsync(IEnumerable<Domain.Practices.PracticeId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Practices.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id.Value, p => p.Name, cancellationToken);
    }
}
