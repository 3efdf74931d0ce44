using System.Globalization;
using Fourfold.Web.Infrastructure.Time;
using NodaTime;
using NodaTime.Text;

namespace Fourfold.Web.Features.Sessions;

/// <summary>Session times as people read them: in their own zone, with the others' local times beside it where they differ.</summary>
public static class SessionTimes
{
    private static readonly ZonedDateTimePattern Day = ZonedDateTimePattern.CreateWithInvariantCulture("ddd d MMM yyyy", null);
    private static readonly ZonedDateTimePattern Clock = ZonedDateTimePattern.CreateWithInvariantCulture("HH:mm", null);
    private static readonly ZonedDateTimePattern DayAndClock = ZonedDateTimePattern.CreateWithInvariantCulture("ddd HH:mm", null);

    /// <summary>"Tue 1 Dec 2026, 10:00–11:00".</summary>
    public static string Span(Instant start, Instant end, string zoneId)
    {
        var zone = LocalTimes.ZoneOrUtc(zoneId);
        var from = start.InZone(zone);
        return $"{Day.Format(from)}, {Clock.Format(from)}–{Clock.Format(end.InZone(zone))}";
    }

    /// <summary>"Mon 14:00–22:00", or "Fri 23:00–Sat 02:00" when the window crosses midnight in the zone.</summary>
    public static string WeekdaySpan(Interval window, string zoneId)
    {
        var zone = LocalTimes.ZoneOrUtc(zoneId);
        var from = window.Start.InZone(zone);
        var to = window.End.InZone(zone);
        return from.Date == to.Date || to.LocalDateTime == from.Date.PlusDays(1).AtMidnight()
            ? $"{DayAndClock.Format(from)}–{(to.Date == from.Date ? Clock.Format(to) : "24:00")}"
            : $"{DayAndClock.Format(from)}–{DayAndClock.Format(to)}";
    }

    /// <summary>"Tue 10:00" in the zone.</summary>
    public static string DayAndTime(Instant instant, string zoneId) => DayAndClock.Format(instant.InZone(LocalTimes.ZoneOrUtc(zoneId)));

    /// <summary>
    /// The others whose clocks read differently from the viewer's at that instant, grouped by place: "11:00 for
    /// Dr. Maya Lee and Sam Ortiz in New York". Same-zone people are left out; a different weekday is named.
    /// </summary>
    public static IReadOnlyList<string> ForOthers(Instant start, string viewerZoneId, IEnumerable<(string Name, string ZoneId)> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        var mine = start.InZone(LocalTimes.ZoneOrUtc(viewerZoneId)).LocalDateTime;
        return others
            .Select(o => (o.Name, Place: LocalTimes.PlaceName(o.ZoneId), Local: start.InZone(LocalTimes.ZoneOrUtc(o.ZoneId)).LocalDateTime, o.ZoneId))
            .Where(o => o.Local != mine)
            .GroupBy(o => (o.Place, o.Local))
            .Select(g => $"{(g.Key.Local.Date == mine.Date ? g.Key.Local.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture) : DayAndTime(start, g.First().ZoneId))} for {Names(g.Select(o => o.Name).ToList())} in {g.Key.Place}")
            .ToList();
    }

    private static string Names(List<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";

    /// <summary>The zone's place and current offset: "New York (UTC−05:00)".</summary>
    public static string ZoneLabel(string zoneId, Instant at)
    {
        var offset = LocalTimes.ZoneOrUtc(zoneId).GetUtcOffset(at);
        return $"{LocalTimes.PlaceName(zoneId)} (UTC{OffsetPattern.CreateWithInvariantCulture("+HH:mm").Format(offset).Replace('-', '−')})";
    }
}
