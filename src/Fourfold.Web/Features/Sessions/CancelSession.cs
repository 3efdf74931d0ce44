using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Sessions;

/// <summary>Cancels a booked session, or marks who attended one that has started: by a professional who takes part.</summary>
public sealed class CancelSession(FourfoldDbContext db, AuditedChanges changes, SessionNotices notices, IClock clock)
{
    public async Task<SessionChange> CancelAsync(SessionId sessionId, CancellationToken cancellationToken)
    {
        var session = await FindAsync(sessionId, AuditAction.SessionCancelled, cancellationToken);
        if (session is null)
        {
            return SessionChange.NotFound;
        }

        if (!session.IsBooked)
        {
            return SessionChange.Refused("Session", "This session is already cancelled.");
        }

        var locks = await CalendarLocks.TakeAsync(db, session.Participants.Select(p => p.Person).ToList(), cancellationToken);
        session.Cancel(db.Actor.Person!.Value, clock.GetCurrentInstant());
        CalendarLocks.Bump(locks);
        if (!await changes.SaveAsync(db, AuditAction.SessionCancelled, session.CaseId, cancellationToken, BookSession.Subjects(session), session.Id.Value))
        {
            return SessionChange.Refused("Session", AuditedChanges.ConflictMessage);
        }

        await notices.SendAsync(session, SessionNotices.Notice.Cancelled, cancellationToken);
        return SessionChange.Done(session.Id);
    }

    public async Task<SessionChange> MarkAttendanceAsync(SessionId sessionId, IReadOnlyDictionary<Domain.People.PersonId, Attendance> attendance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attendance);
        var session = await FindAsync(sessionId, AuditAction.AttendanceMarked, cancellationToken);
        if (session is null)
        {
            return SessionChange.NotFound;
        }

        var now = clock.GetCurrentInstant();
        if (!session.IsBooked || now < session.Start)
        {
            return SessionChange.Refused("Attendance", "Attendance is marked once the session has started.");
        }

        session.MarkAttendance(db.Actor.Person!.Value, attendance, now);
        return await changes.SaveAsync(db, AuditAction.AttendanceMarked, session.CaseId, cancellationToken, BookSession.Subjects(session), session.Id.Value)
            ? SessionChange.Done(session.Id)
            : SessionChange.Refused("Attendance", AuditedChanges.ConflictMessage);
    }

    private async Task<Session?> FindAsync(SessionId sessionId, AuditAction action, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is not null && db.Actor.Person is { } person && session.MayBeChangedBy(person))
        {
            return session;
        }

        await changes.RefusedAsync(db, action, session?.CaseId, sessionId.Value, session is null ? "UnknownSession" : "NotAProfessionalInIt", cancellationToken);
        return null;
    }
}
