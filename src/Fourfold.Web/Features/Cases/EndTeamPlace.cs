using Fourfold.Data;
using Fourfold.Data.Identity;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Features.Sessions;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Cases;

/// <summary>
/// The couples therapist or the practice's administrator ends a professional's or a partner's place on a case team,
/// with the reason; it is audited with the case's version moved, and every sign-in of the person ends at once (their
/// security stamp moves), so that no open page or token keeps showing them the case. The sessions still ahead that
/// they were to take part in are cancelled with it.
/// </summary>
public sealed class EndTeamPlace(FourfoldDbContext db, AuditedChanges changes, UserManager<FourfoldUser> users, SessionNotices notices, IClock clock)
{
    public async Task<Outcome> ExecuteAsync(CaseId caseId, Guid membershipId, string? reason, CancellationToken cancellationToken)
    {
        var target = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var kind = db.Actor.Kind ?? PersonKind.Client;
        if (target is null || db.Actor.Person is not { } actor || !target.MayManageTeam(actor, kind, db.Actor.Practice))
        {
            return Outcome.NotFound;
        }

        if (!target.MayEndPlaces(actor, kind, db.Actor.Practice))
        {
            return Outcome.Refused("Only the couples therapist or the practice's administrator can end someone's place on the team.");
        }

        CaseMembership ended;
        try
        {
            ended = target.EndPlace(membershipId, actor, reason ?? "", clock.GetCurrentInstant());
        }
        catch (DomainRuleViolation violation)
        {
            return Outcome.Refused(violation.Message, violation.Field);
        }

        var cancelled = await CancelUpcomingSessionsAsync(caseId, ended, actor, cancellationToken);
        AuditedChange[] events =
        [
            new(AuditAction.TeamPlaceEnded, ended.Role.AsPartnerRole()?.ToString() ?? "", ended.Id),
            .. cancelled.Select(session => new AuditedChange(AuditAction.SessionCancelled, BookSession.Subjects(session), session.Id)),
        ];
        if (!await changes.SaveAsync(db, caseId, events, cancellationToken))
        {
            return Outcome.Refused(AuditedChanges.ConflictMessage);
        }

        foreach (var session in cancelled)
        {
            await notices.SendAsync(session, SessionNotices.Notice.Cancelled, cancellationToken);
        }

        if (ended.PersonId is { } person && await users.FindByIdAsync(person.Value.ToString()) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        return Outcome.Done;
    }

    /// <summary>
    /// The sessions still ahead that the person was to take part in cannot happen as booked without them: each is
    /// cancelled with the place, and everyone in it is told, so nobody waits for someone who is no longer coming.
    /// </summary>
    private async Task<List<Session>> CancelUpcomingSessionsAsync(CaseId caseId, CaseMembership ended, PersonId actor, CancellationToken cancellationToken)
    {
        if (ended.PersonId is not { } person)
        {
            return [];
        }

        var now = clock.GetCurrentInstant();
        var upcoming = (await db.Sessions
                .Where(s => s.CaseId == caseId && s.Status == SessionStatus.Booked && s.Start > now)
                .ToListAsync(cancellationToken))
            .Where(s => s.Includes(person))
            .ToList();
        if (upcoming.Count == 0)
        {
            return upcoming;
        }

        var locks = await CalendarLocks.TakeAsync(db, upcoming.SelectMany(s => s.Participants.Select(p => p.Person)).Distinct().ToList(), cancellationToken);
        foreach (var session in upcoming)
        {
            session.Cancel(actor, now);
        }

        CalendarLocks.Bump(locks);
        return upcoming;
    }
}
