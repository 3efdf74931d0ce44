using NodaTime;

namespace Fourfold.Domain.Common;

/// <summary>Validates IANA time-zone ids against the tz database that ships with NodaTime.</summary>
public static class TimeZoneIds
{
    public static bool IsKnown(string? zoneId) =>
        !string.IsNullOrWhiteSpace(zoneId) && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is not null;

    public static DateTimeZone Resolve(string zoneId) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
        ?? throw new DomainRuleViolation($"'{zoneId}' is not a known time zone.");
}
