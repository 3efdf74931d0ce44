using NodaTime.TimeZones;

namespace Fourfold.Domain.Practices;

/// <summary>The countries the time-zone database knows, by ISO 3166 code, with their English names and zones.</summary>
public static class Countries
{
    private static readonly IReadOnlyList<TzdbZoneLocation> Locations = [.. TzdbDateTimeZoneSource.Default.ZoneLocations ?? []];

    /// <summary>Every country by code, named, in alphabetical order of name.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } = Locations
        .Select(l => (l.CountryCode, l.CountryName))
        .Distinct()
        .OrderBy(c => c.CountryName, StringComparer.Ordinal)
        .ToList();

    private static readonly Dictionary<string, string> Names = All.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Names.ContainsKey(code);

    public static string NameOf(string code) => Names.GetValueOrDefault(code, code);

    /// <summary>The zones of a country, as the database lists them (its main zone first).</summary>
    public static IReadOnlyList<string> ZonesOf(string? code) =>
        Locations.Where(l => l.CountryCode == code).Select(l => l.ZoneId).ToList();
}
