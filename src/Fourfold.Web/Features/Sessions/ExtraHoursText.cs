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

    /// <summary>
    /// Extra hours on <paramref name="date"/> from typed times. False with the rule's message when the domain refuses
    /// them, or with none when the times do not read as HH:mm ("24:00" for an end) with the end after the start, so
    /// that each caller can say how its own input should look.
    /// </summary>
    public static bool TryOn(LocalDate date, string? start, string? end, DateTimeZone zone, out ExtraHours? hours, out string? ruleBroken)
    {
        hours = null;
        ruleBroken = null;
        if (!TryTime(start, isEnd: false, out var from) || !TryTime(end, isEnd: true, out var to) || to <= from)
        {
            return false;
        }

        try
        {
            hours = ExtraHours.On(date, from!.Value, to, zone);
            return true;
        }
        catch (Domain.Common.DomainRuleViolation violation)
        {
            ruleBroken = violation.Message;
            return false;
        }
    }

    /// <summary>One line per date the hours touch in <paramref name="zone"/>, each of which reads back as it is shown.</summary>
    public static IEnumerable<(LocalDate Date, string Start, string End)> Pieces(ExtraHours hours, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return hours.ByDate(zone).Select(piece => (piece.Date, Time(piece.Start), Time(piece.End)));
    }
}
