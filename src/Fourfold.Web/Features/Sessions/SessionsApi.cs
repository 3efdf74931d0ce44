using System.Globalization;
using System.Text.Json;
using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Email;
using Fourfold.Web.Infrastructure.Security;
using Fourfold.Web.Infrastructure.Time;
using NodaTime;

namespace Fourfold.Web.Features.Sessions;

/// <summary>
/// JSON API for sessions: a case's sessions and one's own (read through the access decision), booking, moving,
/// cancelling and attendance, free slots for chosen members of the team, and one's own availability. Times travel as
/// UTC instants (ISO 8601) with each person's local time beside them.
/// </summary>
public static class SessionsApi
{
    /// <summary>The rate limiter policy that bounds how often one address may fetch calendar feeds.</summary>
    public const string FeedRateLimit = "calendar-feeds";

    public static void MapSessionsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/cases/{caseId:guid}/sessions", async (Guid caseId, bool? past, SessionQueries sessions, CancellationToken cancellationToken) =>
            await sessions.ForCaseAsync(CaseId.From(caseId), past == true, cancellationToken) is { } found
                ? Results.Ok(found.Sessions.Select(SessionApiView.From).ToList())
                : ApiResults.NotFound())
        .RequireAuthorization(AccessPolicies.Member).WithTags("Sessions").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));

        endpoints.MapGet("/api/me/sessions", async (SessionQueries sessions, CancellationToken cancellationToken) =>
            Results.Ok((await sessions.MineAsync(cancellationToken)).Select(SessionApiView.From).ToList()))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Sessions").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));

        endpoints.MapPost("/api/cases/{caseId:guid}/sessions", async (Guid caseId, SessionBookingRequest request, BookSession book, CancellationToken cancellationToken) =>
            Answer(await book.BookAsync(CaseId.From(caseId), request.ToDomain(), request.Place, request.VideoLink, cancellationToken), created: true))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Sessions").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPut("/api/sessions/{id:guid}", async (Guid id, SessionMoveRequest request, BookSession book, CancellationToken cancellationToken) =>
            Answer(await book.MoveAsync(SessionId.From(id), request.Start is { } start ? Instant.FromDateTimeOffset(start) : null, request.Minutes, cancellationToken), created: false))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Sessions").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPut("/api/sessions/{id:guid}/venue", async (Guid id, SessionVenueRequest request, BookSession book, CancellationToken cancellationToken) =>
            Answer(await book.SetVenueAsync(SessionId.From(id), request.Place, request.VideoLink, cancellationToken), created: false))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Sessions").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/sessions/{id:guid}/cancel", async (Guid id, CancelSession cancel, CancellationToken cancellationToken) =>
            Answer(await cancel.CancelAsync(SessionId.From(id), cancellationToken), created: false))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Sessions").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/sessions/{id:guid}/attendance", async (Guid id, Dictionary<Guid, Attendance> attendance, CancelSession sessions, CancellationToken cancellationToken) =>
            Answer(await sessions.MarkAttendanceAsync(SessionId.From(id), attendance.ToDictionary(pair => PersonId.From(pair.Key), pair => pair.Value), cancellationToken), created: false))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Sessions").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapGet("/api/cases/{caseId:guid}/slots", async (Guid caseId, string? participants, DateOnly? from, DateOnly? to, int? minutes, SlotQuery slots, CancellationToken cancellationToken) =>
        {
            var people = (participants ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => Guid.TryParse(p, CultureInfo.InvariantCulture, out var id) ? id : Guid.Empty).ToList();
            if (people.Contains(Guid.Empty))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["participants"] = ["List the people by their ids, separated by commas."] });
            }

            var answer = await slots.FindAsync(CaseId.From(caseId), people, from is { } f ? LocalDate.FromDateOnly(f) : null, to is { } t ? LocalDate.FromDateOnly(t) : null,
                minutes ?? 60, cancellationToken);
            return answer switch
            {
                null => ApiResults.NotFound(),
                { IsValid: false } => Results.ValidationProblem(answer.Problems.ToDictionary(p => p.Key, p => new[] { p.Value })),
                _ => Results.Ok(new
                {
                    slots = answer.Slots.Select(slot => new
                    {
                        start = slot.ToDateTimeOffset(),
                        local = answer.LocalTimes(slot).Select(l => new { person = l.Person.Person.Value, name = l.Person.Name, zone = l.Person.ZoneId, time = l.Local }),
                    }),
                    moreThanShown = answer.MoreThanShown,
                    takenAsOpen = answer.TakenAsOpen,
                }),
            };
        })
        .RequireAuthorization(AccessPolicies.Member).WithTags("Sessions").WithMetadata(new AuditedAttribute(AuditedAs.NoClinicalReads));

        endpoints.MapGet("/calendar/{secret}.ics", async (string secret, CalendarFeeds feeds, CancellationToken cancellationToken) =>
            await feeds.FeedAsync(secret, cancellationToken) is { } feed
                ? Results.Text(feed, "text/calendar; charset=utf-8")
                : ApiResults.NotFound())
        .AllowAnonymous().RequireRateLimiting(FeedRateLimit).WithTags("Sessions").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));

        endpoints.MapPost("/api/me/calendar-feed", async (CalendarFeeds feeds, PublicLinks links, CancellationToken cancellationToken) =>
            await feeds.RegenerateAsync(cancellationToken) is { } secret
                ? Results.Ok(new { url = links.To($"/calendar/{secret}.ics") })
                : ApiResults.NotFound())
        .RequireAuthorization(AccessPolicies.Member).WithTags("Sessions").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/sessions/{id:guid}/balance", async (Guid id, BalanceAnswerRequest request, Balance balance, CancellationToken cancellationToken) =>
            Answer(await balance.AnswerAsync(SessionId.From(id), request.FeltHeard ?? -1, request.EnoughTime ?? -1, request.WorkedOnWhatMattered ?? -1, cancellationToken), created: true))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Sessions").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapGet("/api/cases/{caseId:guid}/balance", async (Guid caseId, Balance balance, CancellationToken cancellationToken) =>
            await balance.TrendAsync(CaseId.From(caseId), cancellationToken) is { } found
                ? Results.Ok(new
                {
                    betrayedPartner = found.Trend.Betrayed.Select(BalanceAnswerView.From),
                    involvedPartner = found.Trend.Involved.Select(BalanceAnswerView.From),
                    recentGap = found.Trend.RecentGap,
                    scoresDrifting = found.Trend.ScoresDrifting,
                    individualSessions = found.Context.ReaderRoles.Contains(CaseRole.CouplesTherapist)
                        ? new { betrayedPartner = found.Trend.BetrayedIndividualSessions, involvedPartner = found.Trend.InvolvedIndividualSessions }
                        : null,
                    individualSessionsUneven = found.Context.ReaderRoles.Contains(CaseRole.CouplesTherapist) && found.Trend.IndividualSessionsUneven,
                    thresholds = new { window = BalanceTrend.Window, gap = BalanceTrend.GapWarning, individualGap = BalanceTrend.IndividualGapWarning },
                })
                : ApiResults.NotFound())
        .RequireAuthorization(AccessPolicies.Member).WithTags("Sessions").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));

        endpoints.MapGet("/api/me/availability", async (SetAvailability availability, SessionQueries sessions, CancellationToken cancellationToken) =>
            Results.Ok(AvailabilityView.From(await availability.MineAsync(cancellationToken), await sessions.ViewerZoneAsync(cancellationToken))))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Sessions").WithMetadata(new AuditedAttribute(AuditedAs.NoClinicalReads));

        endpoints.MapPut("/api/me/availability", async (AvailabilityView request, SetAvailability availability, SessionQueries sessions, CancellationToken cancellationToken) =>
        {
            if (request.ToDomain() is not { } weekly)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["weekly"] = ["Each window needs a weekday and times as HH:mm, the end after the start."] });
            }

            var zone = await sessions.ViewerZoneAsync(cancellationToken);
            if (request.ExtraHoursProblem(zone, out var extra) is { } problem)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["extraHours"] = [problem] });
            }

            var outcome = await availability.SaveAsync(weekly, request.DaysOff?.Select(LocalDate.FromDateOnly).ToList() ?? [], extra, request.BufferMinutes, cancellationToken);
            return outcome.Kind switch
            {
                OutcomeKind.Done => Results.Ok(AvailabilityView.From(await availability.MineAsync(cancellationToken), zone)),
                OutcomeKind.NotFound => ApiResults.NotFound(),
                _ => Results.ValidationProblem(outcome.Problems!.ToDictionary(p => AvailabilityView.ApiField(p.Key), p => new[] { p.Value })),
            };
        })
        .RequireAuthorization(AccessPolicies.Member).WithTags("Sessions").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));
    }

    private static IResult Answer(SessionChange change, bool created) => change.Kind switch
    {
        OutcomeKind.Done when created => Results.Created($"/api/sessions/{change.SessionId}", new { id = change.SessionId?.Value }),
        OutcomeKind.Done => Results.Ok(new { id = change.SessionId?.Value }),
        OutcomeKind.Refused when change.Problems!.Values.Contains(CalendarLocks.TakenMeanwhile) =>
            Results.Problem(CalendarLocks.TakenMeanwhile, statusCode: StatusCodes.Status409Conflict),
        OutcomeKind.Refused => Results.ValidationProblem(change.Problems!.ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Key), p => new[] { p.Value })),
        _ => ApiResults.NotFound(),
    };
}

/// <summary>A session to book; <see cref="Place"/> and <see cref="VideoLink"/> say where it happens and may be left out.</summary>
public sealed record SessionBookingRequest(SessionKind? Kind, PartnerRole? Partner, DateTimeOffset? Start, int Minutes, bool IsForAssessment = false, string? Place = null, string? VideoLink = null)
{
    public SessionRequest ToDomain() => new(Kind, Partner, Start is { } start ? Instant.FromDateTimeOffset(start) : null, Minutes, IsForAssessment);
}

public sealed record SessionMoveRequest(DateTimeOffset? Start, int Minutes);

/// <summary>Where a session happens; both empty says nothing.</summary>
public sealed record SessionVenueRequest(string? Place, string? VideoLink);

public sealed record SessionApiView(
    Guid Id, Guid CaseId, string CaseLabel, SessionKind Kind, string KindName, PartnerRole? Partner, DateTimeOffset Start, DateTimeOffset End, int Minutes,
    SessionStatus Status, string When, IReadOnlyList<string> OthersLocalTimes, IReadOnlyList<SessionParticipantApiView> Participants, AccessRule AllowedBy,
    string? Place, string? VideoLink)
{
    public static SessionApiView From(SessionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var s = view.Session;
        return new(s.Id.Value, s.CaseId.Value, view.CaseLabel, s.Kind, s.Kind.Describe(), s.Partner, s.Start.ToDateTimeOffset(), s.End.ToDateTimeOffset(), s.Minutes,
            s.Status, view.When, view.OthersLocalTimes,
            view.Participants.Select(p => new SessionParticipantApiView(p.Person, p.Name, p.Role, p.ZoneId, SessionTimes.DayAndTime(s.Start, p.ZoneId), p.Attendance)).ToList(),
            view.Verdict.Rule,
            view.ViewerTakesPart ? s.Place : null,
            view.ViewerTakesPart ? s.VideoLink : null);
    }
}

public sealed record SessionParticipantApiView(Guid Person, string Name, CaseRole Role, string Zone, string LocalStart, Attendance Attendance);

public sealed record AvailabilityWindowView(IsoDayOfWeek Day, string Start, string End);

/// <summary>Extra hours on one date, in the person's own zone.</summary>
public sealed record ExtraHoursView(DateOnly Date, string Start, string End);

/// <summary>One's availability; <see cref="ExtraHours"/> left out of a request keeps those already set.</summary>
public sealed record AvailabilityView(IReadOnlyList<AvailabilityWindowView> Weekly, IReadOnlyList<DateOnly>? DaysOff, int BufferMinutes, IReadOnlyList<ExtraHoursView>? ExtraHours = null)
{
    public static AvailabilityView From(Availability? availability, string zoneId) => availability is null
        ? new([], [], (int)TeamCalendar.DefaultBuffer.TotalMinutes, [])
        : new(availability.WeeklyHours.Select(w => new AvailabilityWindowView(w.Day, Clock(w.Start), Clock(w.End))).ToList(),
            availability.DaysOff.Select(d => d.ToDateOnly()).ToList(), availability.BufferMinutes,
            availability.Extra.SelectMany(e => ExtraHoursText.Pieces(e, LocalTimes.ZoneOrUtc(zoneId))).Select(p => new ExtraHoursView(p.Date.ToDateOnly(), p.Start, p.End)).ToList());

    /// <summary>The API's name for a field of <see cref="Availability"/>.</summary>
    public static string ApiField(string field) => field switch
    {
        nameof(Availability.WeeklyHours) => "weekly",
        nameof(Availability.DaysOff) => "daysOff",
        nameof(Availability.Extra) => "extraHours",
        _ => JsonNamingPolicy.CamelCase.ConvertName(field),
    };

    /// <summary>The extra hours as instants in <paramref name="zoneId"/>, or what is wrong with one of them.</summary>
    public string? ExtraHoursProblem(string zoneId, out IReadOnlyList<ExtraHours>? extra)
    {
        extra = null;
        if (ExtraHours is null)
        {
            return null;
        }

        if (ExtraHours.Count > Availability.MaxWindows)
        {
            return $"Keep to {Availability.MaxWindows} windows in all, weekly and extra hours together.";
        }

        var parsed = new List<ExtraHours>();
        foreach (var entry in ExtraHours)
        {
            ExtraHours? hours = null;
            string? ruleBroken = null;
            if (entry is null || !ExtraHoursText.TryOn(LocalDate.FromDateOnly(entry.Date), entry.Start, entry.End, LocalTimes.ZoneOrUtc(zoneId), out hours, out ruleBroken))
            {
                return ruleBroken ?? "Each entry needs a date as yyyy-MM-dd and times as HH:mm (24:00 for midnight), the end after the start.";
            }

            parsed.Add(hours!);
        }

        extra = parsed;
        return null;
    }

    /// <summary>The windows as the domain holds them; null when one of them is not a valid window.</summary>
    public IReadOnlyList<WeeklyWindow>? ToDomain()
    {
        var windows = new List<WeeklyWindow>();
        foreach (var window in Weekly ?? [])
        {
            if (window is null || !Enum.IsDefined(window.Day) || window.Day == IsoDayOfWeek.None
                || !TimeOnly.TryParseExact(window.Start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                || !TimeOnly.TryParseExact(window.End, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                || end <= start)
            {
                return null;
            }

            windows.Add(new WeeklyWindow(window.Day, LocalTime.FromTimeOnly(start), LocalTime.FromTimeOnly(end)));
        }

        return windows;
    }

    private static string Clock(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>A missing answer is refused, not taken as 0.</summary>
public sealed record BalanceAnswerRequest(int? FeltHeard, int? EnoughTime, int? WorkedOnWhatMattered);

public sealed record BalanceAnswerView(Guid Session, DateTimeOffset SessionStart, int FeltHeard, int EnoughTime, int WorkedOnWhatMattered, double Average)
{
    public static BalanceAnswerView From(BalanceCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new(check.SessionId.Value, check.SessionStart.ToDateTimeOffset(), check.FeltHeard, check.EnoughTime, check.WorkedOnWhatMattered, Math.Round(check.Average, 2));
    }
}
