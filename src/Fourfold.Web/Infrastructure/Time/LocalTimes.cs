using System.Globalization;
using Fourfold.Domain.Common;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace Fourfold.Web.Infrastructure.Time;

/// <summary>Shows instants as people read them: in a given zone, with the zone's name.</summary>
public static class LocalTimes
{
    private static readonly ZonedDateTimePattern ClockPattern =
        ZonedDateTimePattern.CreateWithInvariantCulture("ddd HH:mm", null);

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Create("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Tue 14:05" in the zone.</summary>
    public static string ClockIn(Instant instant, string zoneId) =>
        ClockPattern.Format(instant.InZone(ZoneOrUtc(zoneId)));

    public static string DateIn(Instant instant, string zoneId) =>
        DatePattern.Format(instant.InZone(ZoneOrUtc(zoneId)).Date);

    /// <summary>"3 Nov 2026".</summary>
    public static string FormatDate(LocalDate date) => DatePattern.Format(date);

    /// <summary>"New York" from "America/New_York".</summary>
    public static string PlaceName(string zoneId)
    {
        var last = zoneId.Split('/')[^1];
        return last.Replace('_', ' ');
    }

    public static DateTimeZone ZoneOrUtc(string zoneId) =>
        TimeZoneIds.IsKnown(zoneId) ? TimeZoneIds.Resolve(zoneId) : DateTimeZone.Utc;

    /// <summary>The zones offered in forms: the canonical tz database ids, sorted.</summary>
    public static IReadOnlyList<string> SelectableZones { get; } =
        TzdbDateTimeZoneSource.Default.ZoneLocations?.Select(l => l.ZoneId).Order(StringComparer.Ordinal).ToList()
        ?? DateTimeZoneProviders.Tzdb.Ids.Order(StringComparer.Ordinal).ToList();
}
