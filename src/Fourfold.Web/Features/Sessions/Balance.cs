using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Sessions;

/// <summary>
/// Balance checks: a partner answers after a joint session; the couples therapist reads both partners' answers as
/// trends (through the access decision, audited as one read) with the individual sessions each partner has had.
/// </summary>
public sealed class Balance(FourfoldDbContext db, CaseDoor.CaseAccess door, AuditedChanges changes, ItemReadAudit audit, IClock clock)
{
    private const string AlreadyAnswered = "You have already answered for this session. Thank you.";

    /// <summary>The joint sessions the signed-in partner has taken part in and not yet answered, newest first.</summary>
    public async Task<IReadOnlyList<Session>> AwaitingMyAnswerAsync(CancellationToken cancellationToken)
    {
        if (db.Actor.Person is not { } me)
        {
            return [];
        }

        var now = clock.GetCurrentInstant();
        var since = now - Duration.FromDays(30);
        var joint = new[] { SessionKind.Couple, SessionKind.FourPerson };
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Booked && s.Start <= now && s.Start > since && joint.Contains(s.Kind)
                && s.Participants.Any(p => p.Person == me && (p.Role == CaseRole.BetrayedPartner || p.Role == CaseRole.InvolvedPartner)))
            .OrderByDescending(s => s.Start)
            .ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var answered = await db.BalanceChecks.AsNoTracking().Where(b => b.AnsweredBy == me && ids.Contains(b.SessionId)).Select(b => b.SessionId).ToListAsync(cancellationToken);
        return sessions.Where(s => !answered.Contains(s.Id)).ToList();
    }

    public async Task<SessionChange> AnswerAsync(SessionId sessionId, int feltHeard, int enoughTime, int workedOnWhatMattered, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || db.Actor.Person is not { } me || !session.Includes(me))
        {
            await changes.RefusedAsync(db, AuditAction.BalanceAnswered, session?.CaseId, sessionId.Value, session is null ? "UnknownSession" : "NotInTheSession", cancellationToken);
            return SessionChange.NotFound;
        }

        if (await db.BalanceChecks.AnyAsync(b => b.SessionId == sessionId && b.AnsweredBy == me, cancellationToken))
        {
            return SessionChange.Refused("Session", AlreadyAnswered);
        }

        BalanceCheck answer;
        try
        {
            answer = BalanceCheck.Answer(session, me, feltHeard, enoughTime, workedOnWhatMattered, clock.GetCurrentInstant());
        }
        catch (DomainRuleViolation violation)
        {
            return SessionChange.Refused("Answers", violation.Message);
        }

        db.BalanceChecks.Add(answer);
        try
        {
            return await changes.SaveAsync(db, AuditAction.BalanceAnswered, session.CaseId, cancellationToken, ItemReadAudit.Subjects(answer.Facts.Subject), answer.Id)
                ? SessionChange.Done(session.Id)
                : SessionChange.Refused("Session", AuditedChanges.ConflictMessage);
        }
        catch (DbUpdateException)
        {
            // The same answer sent twice at once: the unique index keeps the first. Any other failure stands.
            if (!await AnsweredMeanwhileAsync(sessionId, me, cancellationToken))
            {
                throw;
            }

            return SessionChange.Refused("Session", AlreadyAnswered);
        }
    }

    private async Task<bool> AnsweredMeanwhileAsync(SessionId sessionId, Domain.People.PersonId me, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.BalanceChecks.AnyAsync(b => b.SessionId == sessionId && b.AnsweredBy == me, cancellationToken);
    }

    /// <summary>Both partners' answers the reader may see, as trends; null when the reader is not on the case.</summary>
    public async Task<(CaseReadContext Context, BalanceTrend Trend)?> TrendAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        if (await door.OpenAsync(caseId, cancellationToken) is not { } context)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        var checks = await db.BalanceChecks.AsNoTracking().Where(b => b.CaseId == caseId).OrderBy(b => b.SessionStart).ToListAsync(cancellationToken);
        var readable = checks
            .Select(c => (Check: c, Verdict: AccessDecision.Decide(context.Reader, c.Facts, context.State, now) as AccessVerdict.Allowed))
            .Where(r => r.Verdict is not null)
            .ToList();
        await audit.PageReadAsync(context.Reader.Person, caseId, readable.Select(r => (r.Check.Facts, r.Verdict!)).ToList(), cancellationToken);

        // Individual sessions are counted for the couples therapist, who holds them, and for no one else.
        var individual = SessionKind.IndividualWithCouplesTherapist;
        var held = context.ReaderRoles.Contains(CaseRole.CouplesTherapist)
            ? await db.Sessions.AsNoTracking()
                .Where(s => s.CaseId == caseId && s.Kind == individual && s.Status == SessionStatus.Booked && s.Start <= now)
                .Select(s => s.Partner)
                .ToListAsync(cancellationToken)
            : [];
        return (context, BalanceTrend.Of(readable.Select(r => r.Check), held.Count(p => p == PartnerRole.BetrayedPartner), held.Count(p => p == PartnerRole.InvolvedPartner)));
    }
}
