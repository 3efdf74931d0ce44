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

        // Taken before the case changes: taking a lock for the first time saves its row, and nothing of the ended place
        // may be saved apart from its audit event. The lock moves even with nothing to cancel, so that a booking racing
        // this change, made from the team as it was, conflicts instead of adding a session with them in it.
        var leaving = target.Memberships.FirstOrDefault(m => m.Id == membershipId)?.PersonId;
        IReadOnlyList<Data.Scheduling.CalendarLock> locks = leaving is { } person ? await CalendarLocks.TakeAsync(db, [person], cancellationToken) : [];

        CaseMembership ended;
        try
        {
            ended = target.EndPlace(membershipId, actor, reason ?? "", clock.GetCurrentInstant());
        }
        catch (DomainRuleViolation violation)
        {
            return Outcome.Refused(violation.Message, violation.Field);
        }

        CalendarLocks.Bump(locks);
        var cancelled = await CancelUpcomingSessionsAsync(caseId, ended, actor, cancellationToken);
        AuditedChange[] events =
        [
            new(AuditAction.TeamPlaceEnded, ended.Role.AsPartnerRole()?.ToString() ?? "", ended.Id),
            .. cancelled.Select(session => new AuditedChange(AuditAction.SessionCancelled, BookSession.Subjects(session), session.Id.Value)),
        ];
        if (!await changes.SaveAsync(db, caseId, events, cancellationToken))
        {
            return Outcome.Refused(AuditedChanges.ConflictMessage);
        }

        if (ended.PersonId is { } endedPerson && await users.FindByIdAsync(endedPerson.Value.ToString()) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        foreach (var session in cancelled)
        {
            await notices.SendAsync(session, SessionNotices.Notice.Cancelled, cancellationToken);
        }

        return Outcome.Done;
    }

    /// <summary>
    /// The sessions still ahead that the person was to take part in, in the role whose place ends, cannot happen as
    /// booked without them: each is cancelled with the place, and everyone in it is told, so nobody waits for someone
    /// who is no longer coming.
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
            .Where(s => s.Participants.Any(p => p.Person == person && p.Role == ended.Role))
            .ToList();
        foreach (var session in upcoming)
        {
            session.Cancel(actor, now);
        }

        return upcoming;
    }
}
