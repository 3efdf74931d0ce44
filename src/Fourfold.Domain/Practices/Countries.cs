using NodaTime.TimeZones;

namespace Fourfold.Domain.Practices;

/// <summary>The countries the time-zone database knows, by ISO 3166 code, with their English names and zones.</summary>
public static class Countries
{
    private static readonly IReadOnlyList<TzdbZoneLocation> Locations = [.. TzdbDateTimeZoneSource.Default.ZoneLocations ?? []];

    private static readonly Dictionary<string, string> Names = Locations
        .GroupBy(l => l.CountryCode, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().CountryName, StringComparer.Ordinal);

    /// <summary>Every country by code, named, in alphabetical order of name.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } = Names.Keys
        .Select(code => (Code: code, Name: NameOf(code)))
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList();

    public static bool IsKnown(string? code) => code is not null && Names.ContainsKey(code);

    /// <summary>The country's common English name ("United Kingdom"), or the time-zone database's own when the platform has none.</summary>
    public static string NameOf(string code)
    {
        try
        {
            return new System.Globalization.RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return Names.GetValueOrDefault(code, code);
        }
    }

    /// <summary>The zones of a country, as the database lists them (its main zone first).</summary>
    public static IReadOnlyList<string> ZonesOf(string? code) =>
        Locations.Where(l => l.CountryCode == code).Select(l => l.ZoneId).ToList();
}
