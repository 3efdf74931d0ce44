using Fourfold.Domain.Common;
using NodaTime;

namespace Fourfold.Domain.Scheduling;

/// <summary>A recurring window of availability in a person's own time zone: a weekday, from a start (inclusive) to an end (exclusive).</summary>
public sealed record WeeklyWindow
{
    private WeeklyWindow()
    {
    }

    public WeeklyWindow(IsoDayOfWeek day, LocalTime start, LocalTime end)
    {
        if (day == IsoDayOfWeek.None || end <= start)
        {
            throw new DomainRuleViolation("A weekly window needs a weekday and an end after its start.");
        }

        Day = day;
        Start = start;
        End = end;
    }

    public IsoDayOfWeek Day { get; private init; }

    public LocalTime Start { get; private init; }

    public LocalTime End { get; private init; }
}
