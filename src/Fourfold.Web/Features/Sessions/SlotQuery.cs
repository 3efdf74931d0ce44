using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;
using NodaTime;

namespace Fourfold.Web.Features.Sessions;

/// <summary>
/// Finds the start times at which the chosen members of a case's team are all available and free, over a range of
/// days read in the viewer's zone, and shows each start in everyone's own zone. Someone who has set no hours is taken
/// as open, and the answer says so. Without a choice of people, the whole team is asked.
/// </summary>
public sealed class SlotQuery(TeamCalendars calendars, IClock clock)
{
    public const int MaxDays = 56;
    public const int MaxSlots = 500;
    public const int MaxHorizonDays = 366;
    public static readonly Duration Step = Duration.FromMinutes(15);

    /// <summary>Free times for the chosen people of a case's team; null when the caller may not ask.</summary>
    public async Task<SlotAnswer?> FindAsync(CaseId caseId, IReadOnlyList<Guid> people, LocalDate? from, LocalDate? to, int minutes, CancellationToken cancellationToken) =>
        await calendars.OpenAsync(caseId, cancellationToken) is { } calendar
            ? await FindAsync(calendar, people, from, to, minutes, null, cancellationToken)
            : null;

    /// <summary>
    /// Free times for the chosen people of a team already loaded; a session being moved (<paramref name="moving"/>) does
    /// not count as busy. Null when the caller may not ask.
    /// </summary>
    public async Task<SlotAnswer?> FindAsync(TeamCalendar calendar, IReadOnlyList<Guid> people, LocalDate? from, LocalDate? to, int minutes, SessionId? moving, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(people);
        // Free time reveals where others are busy: only the team's professionals, who book sessions, may ask.
        if (!calendar.ViewerMember.IsProfessional)
        {
            return null;
        }

        var problems = new Dictionary<string, string>();
        people = people.Count == 0 ? calendar.Team.Select(m => m.Person.Value).ToList() : people;
        var chosen = people.Distinct().Select(id => calendar.Member(PersonId.From(id))).ToList();
        if (chosen.Count is < 2 or > 6 || chosen.Any(m => m is null))
        {
            problems["participants"] = "Choose 2 to 6 people of this case's team.";
        }

        if (minutes < SessionRequest.ShortestMinutes || minutes > SessionRequest.LongestMinutes || minutes % 5 != 0)
        {
            problems["minutes"] = $"A session lasts {SessionRequest.ShortestMinutes} to {SessionRequest.LongestMinutes} minutes, in steps of 5.";
        }

        var zone = calendar.ViewerMember.Zone;
        var now = clock.GetCurrentInstant();
        var today = now.InZone(zone).Date;
        var first = from ?? today;
        var last = to ?? first.PlusDays(13);
        if (first > today.PlusDays(MaxHorizonDays) || first < today.PlusDays(-1))
        {
            problems["from"] = $"Choose a first day from today to {MaxHorizonDays} days ahead.";
        }
        else if (last < first || last < today || Period.Between(first, last, PeriodUnits.Days).Days >= MaxDays)
        {
            problems["to"] = $"Choose a last day on or after the first and today, at most {MaxDays} days on.";
        }

        if (problems.Count > 0)
        {
            return new SlotAnswer(calendar, [], [], problems, false);
        }

        var start = Instant.Max(first.AtStartOfDayInZone(zone).ToInstant(), now);
        var range = new Interval(start, last.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
        var members = chosen.OfType<TeamMember>().ToList();
        var busy = await calendars.BusyAsync(members.Select(m => m.Person).ToList(), range, moving, cancellationToken);
        var participants = members.Select(m => (calendar.Availability.TryGetValue(m.Person, out var set) ? set : Availability.For(m.Person, now))
            .AsParticipant(m.Person.Value.ToString(), m.Zone, busy.GetValueOrDefault(m.Person) ?? [], range)).ToList();

        // The grid starts at a whole quarter hour, so offered times read as people would pick them.
        var aligned = new Interval(AlignToQuarter(range.Start), range.End);
        var found = SlotFinder.Find(participants, aligned, Duration.FromMinutes(minutes), Step, calendar.Buffer);
        var open = members.Where(m => !calendar.Availability.TryGetValue(m.Person, out var set) || !set.IsSet).Select(m => m.Name).ToList();
        return new SlotAnswer(calendar, members, found.Take(MaxSlots).ToList(), problems, found.Count > MaxSlots, open);
    }

    private static Instant AlignToQuarter(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        var quarter = Step.BclCompatibleTicks;
        return Instant.FromUnixTimeTicks((ticks + quarter - 1) / quarter * quarter);
    }
}

/// <summary>The slots found, with the people they were found for; problems by field when the question was not valid.</summary>
public sealed record SlotAnswer(
    TeamCalendar Calendar,
    IReadOnlyList<TeamMember> People,
    IReadOnlyList<Instant> Slots,
    IReadOnlyDictionary<string, string> Problems,
    bool MoreThanShown,
    IReadOnlyList<string>? TakenAsOpen = null)
{
    public bool IsValid => Problems.Count == 0;

    /// <summary>Each person's local time of a slot: "Tue 10:00".</summary>
    public IReadOnlyList<(TeamMember Person, string Local)> LocalTimes(Instant slot) =>
        People.Select(p => (p, SessionTimes.DayAndTime(slot, p.ZoneId))).ToList();

    public string ViewerZone => Calendar.ViewerMember.ZoneId;

    public string ViewerPlace => Infrastructure.Time.LocalTimes.PlaceName(ViewerZone);
}
