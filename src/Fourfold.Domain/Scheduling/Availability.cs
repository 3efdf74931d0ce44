using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Scheduling;

/// <summary>
/// When one person can meet, in their own zone: weekly hours (a professional's working hours, a client's windows),
/// whole days off, extra hours on particular dates, and for a professional the buffer kept between sessions. Someone
/// who has set no hours is taken as open at any time, and the slot finder says so.
/// </summary>
public sealed class Availability
{
    public const int MaxWindows = 42;
    public const int MaxBufferMinutes = 120;
    public const int MaxDaysOff = 120;
    public const int MaxDaysAhead = 366;

    private readonly List<WeeklyWindow> weeklyHours = [];
    private readonly List<ExtraHours> extraHours = [];
    private List<LocalDate> daysOff = [];

    private Availability()
    {
    }

    public PersonId Person { get; private set; }

    public IReadOnlyList<WeeklyWindow> WeeklyHours => weeklyHours;

    public IReadOnlyList<ExtraHours> Extra => extraHours;

    public IReadOnlyList<LocalDate> DaysOff => daysOff;

    public int BufferMinutes { get; private set; }

    public Instant UpdatedAt { get; private set; }

    public static Availability For(PersonId person, Instant now) => new() { Person = person, UpdatedAt = now };

    /// <summary>What is wrong with these hours, by the field it is about (empty when they can be set).</summary>
    public static IReadOnlyDictionary<string, string> Problems(IReadOnlyList<WeeklyWindow> weekly, IReadOnlyList<LocalDate> off, IReadOnlyList<ExtraHours> extra, int bufferMinutes, Instant now)
    {
        ArgumentNullException.ThrowIfNull(weekly);
        ArgumentNullException.ThrowIfNull(off);
        ArgumentNullException.ThrowIfNull(extra);
        var problems = new Dictionary<string, string>();
        if (weekly.GroupBy(w => w.Day).Any(day => day.OrderBy(w => w.Start).Zip(day.OrderBy(w => w.Start).Skip(1)).Any(pair => pair.Second.Start < pair.First.End)))
        {
            problems[nameof(WeeklyHours)] = "Two windows on the same day overlap.";
        }

        if (weekly.Count + extra.Count > MaxWindows)
        {
            problems[extra.Count > 0 ? nameof(Extra) : nameof(WeeklyHours)] = $"Keep to {MaxWindows} windows in all, weekly and extra hours together.";
        }
        else if (extra.Any(e => e.End <= e.Start))
        {
            problems[nameof(Extra)] = "Extra hours need an end after their start.";
        }
        else if (extra.Any(e => e.Start > now + Duration.FromDays(MaxDaysAhead)))
        {
            problems[nameof(Extra)] = $"Extra hours go at most {MaxDaysAhead} days ahead.";
        }

        if (off.Distinct().Count() > MaxDaysOff)
        {
            problems[nameof(DaysOff)] = $"Keep to {MaxDaysOff} days off; past ones are dropped when you save.";
        }

        if (bufferMinutes is < 0 or > MaxBufferMinutes)
        {
            problems[nameof(BufferMinutes)] = $"The buffer between sessions is 0 to {MaxBufferMinutes} minutes.";
        }

        return problems;
    }

    /// <summary>Replaces the whole of it; refused with the first of <see cref="Problems"/> if there are any.</summary>
    public void Set(IReadOnlyList<WeeklyWindow> weekly, IReadOnlyList<LocalDate> off, IReadOnlyList<ExtraHours> extra, int bufferMinutes, Instant now)
    {
        if (Problems(weekly, off, extra, bufferMinutes, now).Values.FirstOrDefault() is { } problem)
        {
            throw new DomainRuleViolation(problem);
        }

        weeklyHours.Clear();
        weeklyHours.AddRange(weekly.OrderBy(w => w.Day).ThenBy(w => w.Start));
        extraHours.Clear();
        extraHours.AddRange(extra.OrderBy(e => e.Start));
        daysOff = [.. off.Distinct().Order()];
        BufferMinutes = bufferMinutes;
        UpdatedAt = now;
    }

    public bool IsSet => weeklyHours.Count > 0 || extraHours.Count > 0;

    /// <summary>This person as the slot finder reads them over <paramref name="range"/>, with their busy time.</summary>
    public SchedulingParticipant AsParticipant(string id, DateTimeZone zone, IReadOnlyList<Interval> busy, Interval range) =>
        IsSet
            ? new SchedulingParticipant(id, zone, weeklyHours, busy, [.. extraHours.Select(e => e.Time)], daysOff.ToHashSet())
            : new SchedulingParticipant(id, zone, [], busy, [range]);
}

/// <summary>Hours open on a particular date beyond the weekly ones.</summary>
public sealed record ExtraHours(Instant Start, Instant End)
{
    public Interval Time => new(Start, End);

    /// <summary>
    /// From a date and clock times in the person's own zone; an end of null means midnight at the end of the day. A time
    /// skipped by a clock change moves forward.
    /// </summary>
    public static ExtraHours On(LocalDate date, LocalTime start, LocalTime? end, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var until = end is { } clock ? date + clock : date.PlusDays(1).AtMidnight();
        if (until <= date + start)
        {
            throw new DomainRuleViolation("Extra hours need an end after their start.");
        }

        var hours = new ExtraHours((date + start).InZoneLeniently(zone).ToInstant(), until.InZoneLeniently(zone).ToInstant());
        return hours.End > hours.Start
            ? hours
            : throw new DomainRuleViolation($"The clocks change on {date:yyyy-MM-dd} between those times; choose times outside the change.");
    }

    /// <summary>
    /// These hours as clock times in <paramref name="zone"/>, one piece per date they touch, so that each piece can be
    /// read and typed back as a date with two times (an end of null is midnight at the end of that date). Hours set in
    /// one zone and read in another can cross midnight.
    /// </summary>
    public IReadOnlyList<(LocalDate Date, LocalTime Start, LocalTime? End)> ByDate(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var pieces = new List<(LocalDate, LocalTime, LocalTime?)>();
        var from = Start.InZone(zone).LocalDateTime;
        var to = End.InZone(zone).LocalDateTime;
        while (from.Date < to.Date)
        {
            pieces.Add((from.Date, from.TimeOfDay, null));
            from = from.Date.PlusDays(1).AtMidnight();
        }

        if (to > from)
        {
            pieces.Add((from.Date, from.TimeOfDay, to.TimeOfDay));
        }

        return pieces;
    }
}
