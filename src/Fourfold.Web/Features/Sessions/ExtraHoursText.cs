using Fourfold.Domain.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace Fourfold.Web.Features.Sessions;

/// <summary>
/// Extra hours as people type and read them: a date with two clock times, "2026-12-27 10:00-14:00", where "24:00"
/// ends at midnight at the end of that date.
/// </summary>
public static class ExtraHoursText
{
    public const string EndOfDay = "24:00";

    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static string Time(LocalTime? time) => time is { } clock ? Clock.Format(clock) : EndOfDay;

    /// <summary>A start time, or an end that may also be "24:00" (given back as null).</summary>
    public static bool TryTime(string? text, bool isEnd, out LocalTime? time)
    {
        time = null;
        if (isEnd && text?.Trim() == EndOfDay)
        {
            return true;
        }

        if (Clock.Parse(text?.Trim() ?? "") is not { Success: true } parsed)
        {
            return false;
        }

        time = parsed.Value;
        return true;
    }

    /// <summary>One line per date the hours touch in <paramref name="zone"/>, each of which reads back as it is shown.</summary>
    public static IEnumerable<(LocalDate Date, string Start, string End)> Pieces(ExtraHours hours, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return hours.ByDate(zone).Select(piece => (piece.Date, Time(piece.Start), Time(piece.End)));
    }
}
