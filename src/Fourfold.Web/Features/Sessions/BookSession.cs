using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Sessions;

/// <summary>
/// Books a session, or moves one, for the signed-in professional: the booking check decides with everyone's busy time
/// in every case, the calendar rows of everyone taking part make two overlapping bookings for the same person
/// impossible, and the session is saved with its audit event before anyone is told.
/// </summary>
public sealed class BookSession(FourfoldDbContext db, TeamCalendars calendars, AuditedChanges changes, SessionNotices notices, IClock clock)
{
    public async Task<SessionChange> BookAsync(CaseId caseId, SessionRequest request, CancellationToken cancellationToken) =>
        await BookAsync(caseId, request, null, null, cancellationToken);

    /// <summary>Books with where it happens: a place and/or a video link, each refused by its own field when it is not one.</summary>
    public Task<SessionChange> BookAsync(CaseId caseId, SessionRequest request, string? place, string? videoLink, CancellationToken cancellationToken) =>
        BookAsync(caseId, request, place, videoLink, null, cancellationToken);

    /// <summary>
    /// Books, and records <paramref name="alongside"/> (a workflow the session is booked for) in the same save, so that
    /// the session and what it answers are kept together or not at all.
    /// </summary>
    public async Task<SessionChange> BookAsync(CaseId caseId, SessionRequest request, string? place, string? videoLink, Func<Session, AuditedChange>? alongside, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var calendar = await calendars.OpenAsync(caseId, cancellationToken);
        if (calendar is null)
        {
            await changes.RefusedAsync(db, AuditAction.SessionBooked, caseId, null, nameof(DenialReason.NotOnCase), cancellationToken);
            return SessionChange.NotFound;
        }

        var locks = await CalendarLocks.TakeAsync(db, calendar.Team.Select(m => m.Person).ToList(), cancellationToken);
        var check = await CheckAsync(calendar, request, null, cancellationToken);
        var problems = new Dictionary<string, string>(check.Problems);
        var venue = SessionVenue.From(place, videoLink, problems);
        if (!check.IsValid || venue is null)
        {
            return SessionChange.Invalid(problems);
        }

        var session = Session.Book(check, calendar.Viewer, clock.GetCurrentInstant(), venue);
        db.Sessions.Add(session);
        CalendarLocks.Bump(locks.Where(l => session.Includes(l.Person)));
        List<AuditedChange> events = [new(AuditAction.SessionBooked, Subjects(session), session.Id.Value)];
        if (alongside is not null)
        {
            events.Add(alongside(session));
        }

        if (!await changes.SaveAsync(db, caseId, events, cancellationToken))
        {
            return SessionChange.Refused(nameof(SessionRequest.Start), CalendarLocks.TakenMeanwhile);
        }

        await notices.SendAsync(session, SessionNotices.Notice.Booked, cancellationToken);
        return SessionChange.Done(session.Id);
    }

    /// <summary>Moves a booked session that has not started; only a professional who takes part may.</summary>
    public async Task<SessionChange> MoveAsync(SessionId sessionId, Instant? start, int minutes, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        var calendar = session is null ? null : await calendars.OpenAsync(session.CaseId, cancellationToken);
        if (session is null || calendar is null || !session.MayBeChangedBy(calendar.Viewer))
        {
            await changes.RefusedAsync(db, AuditAction.SessionMoved, session?.CaseId, sessionId.Value, session is null ? "UnknownSession" : "NotAProfessionalInIt", cancellationToken);
            return SessionChange.NotFound;
        }

        var now = clock.GetCurrentInstant();
        if (!session.IsBooked || session.Start <= now)
        {
            return SessionChange.Refused(nameof(SessionRequest.Start), "Only a booked session that has not started can be moved.");
        }

        var locks = await CalendarLocks.TakeAsync(db, session.Participants.Select(p => p.Person).ToList(), cancellationToken);
        var check = await CheckAsync(calendar, new SessionRequest(session.Kind, session.Partner, start, minutes, session.IsForAssessment, WithTheirClient: session.IncludesBothPartners), session.Id, cancellationToken);
        if (!check.IsValid)
        {
            return SessionChange.Invalid(check.Problems);
        }

        if (!check.Participants.Select(p => p.Person).ToHashSet().SetEquals(session.Participants.Select(p => p.Person)))
        {
            return SessionChange.Refused(nameof(SessionRequest.Kind), "The team has changed since this session was booked. Cancel it and book a new one with the team as it is now.");
        }

        session.Reschedule(check, calendar.Viewer, now);
        CalendarLocks.Bump(locks);
        if (!await changes.SaveAsync(db, AuditAction.SessionMoved, session.CaseId, cancellationToken, Subjects(session), session.Id.Value))
        {
            return SessionChange.Refused(nameof(SessionRequest.Start), CalendarLocks.TakenMeanwhile);
        }

        await notices.SendAsync(session, SessionNotices.Notice.Moved, cancellationToken);
        return SessionChange.Done(session.Id);
    }

    /// <summary>Changes where a booked session that has not started happens; only a professional who takes part may, and everyone is told.</summary>
    public async Task<SessionChange> SetVenueAsync(SessionId sessionId, string? place, string? videoLink, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        var calendar = session is null ? null : await calendars.OpenAsync(session.CaseId, cancellationToken);
        if (session is null || calendar is null || !session.MayBeChangedBy(calendar.Viewer))
        {
            await changes.RefusedAsync(db, AuditAction.SessionVenueChanged, session?.CaseId, sessionId.Value, session is null ? "UnknownSession" : "NotAProfessionalInIt", cancellationToken);
            return SessionChange.NotFound;
        }

        var now = clock.GetCurrentInstant();
        if (!session.IsBooked || session.Start <= now)
        {
            return SessionChange.Refused(nameof(SessionVenue.Place), "Only a booked session that has not started can change where it happens.");
        }

        var problems = new Dictionary<string, string>();
        if (SessionVenue.From(place, videoLink, problems) is not { } venue)
        {
            return SessionChange.Invalid(problems);
        }

        session.HoldAt(venue, calendar.Viewer, now);
        if (!await changes.SaveAsync(db, AuditAction.SessionVenueChanged, session.CaseId, cancellationToken, Subjects(session), session.Id.Value))
        {
            return SessionChange.Refused(nameof(SessionVenue.Place), AuditedChanges.ConflictMessage);
        }

        await notices.SendAsync(session, SessionNotices.Notice.VenueChanged, cancellationToken);
        return SessionChange.Done(session.Id);
    }

    private async Task<SessionBookingCheck> CheckAsync(TeamCalendar calendar, SessionRequest request, SessionId? moving, CancellationToken cancellationToken)
    {
        // A start beyond reach is refused by the check; its neighbourhood is not read (it may lie past the calendar's end).
        var around = request.Start is { } start && SessionRequest.IsWithinReach(start, clock.GetCurrentInstant()) && start > Instant.MinValue + Duration.FromDays(2)
            ? new Interval(start - Duration.FromDays(1), start + Duration.FromDays(1))
            : new Interval(clock.GetCurrentInstant(), clock.GetCurrentInstant() + Duration.FromDays(1));
        var busy = await calendars.BusyAsync(calendar.Team.Select(m => m.Person).ToList(), around, moving, cancellationToken);
        var individual = SessionKind.IndividualWithCouplesTherapist;
        var held = await db.Sessions.AsNoTracking()
            .Where(s => s.CaseId == calendar.Case.Id && s.Kind == individual && s.Status == SessionStatus.Booked)
            .Select(s => s.Partner)
            .ToListAsync(cancellationToken);
        var facts = calendar.Case.BookingFacts(held.Count(p => p == PartnerRole.BetrayedPartner), held.Count(p => p == PartnerRole.InvolvedPartner));
        var context = new BookingContext(calendar.Case.Id, calendar.Viewer, calendar.Roles, facts, busy, calendar.Names, calendar.Buffer, clock.GetCurrentInstant());
        return SessionBooking.Check(context, request, moving);
    }

    internal static string Subjects(Session session) => string.Join(',', AccessDecision.SubjectPartnersOf(SessionAccess.SubjectOf(session.Participants.Select(p => p.Role))));
}
