using Fourfold.Domain.Common;

namespace Fourfold.Domain.Practices;

/// <summary>A clinic or solo practice: the tenant. Professionals and administrators belong to exactly one.</summary>
public sealed class Practice
{
    public const int MaxNameLength = 120;
    public const int MaxCrisisLineLength = 40;

    private Practice()
    {
        Name = "";
        TimeZoneId = "";
        CountryCode = "";
        CrisisLine = "";
    }

    public Practice(PracticeId id, string name, string timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            throw new DomainRuleViolation($"A practice needs a name of at most {MaxNameLength} characters.");
        }

        if (!TimeZoneIds.IsKnown(timeZoneId))
        {
            throw new DomainRuleViolation($"'{timeZoneId}' is not a known time zone.");
        }

        Id = id;
        Name = name.Trim();
        TimeZoneId = timeZoneId;
        CountryCode = "";
        CrisisLine = "";
    }

    public PracticeId Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>IANA id of the zone the practice keeps its public hours in.</summary>
    public string TimeZoneId { get; private set; }

    /// <summary>ISO 3166 code of the country the practice serves; empty until set. Its zones are offered first.</summary>
    public string CountryCode { get; private set; }

    /// <summary>
    /// The number its clients call or text in a crisis ("988"), shown on every page they see; empty until set, when
    /// only "your local emergency number" is shown.
    /// </summary>
    public string CrisisLine { get; private set; }

    /// <summary>Sets the country and its crisis line; a number needs a country, so that clients know where it works.</summary>
    public void SetSafetySettings(string countryCode, string crisisLine)
    {
        var country = countryCode?.Trim().ToUpperInvariant() ?? "";
        var line = crisisLine?.Trim() ?? "";
        if (!Countries.IsKnown(country))
        {
            throw new DomainRuleViolation("Choose the country the practice serves.");
        }

        if (line.Length > MaxCrisisLineLength || line.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')'))
            || (line.Length > 0 && !line.Any(char.IsAsciiDigit)))
        {
            throw new DomainRuleViolation($"Give the crisis line as a phone number of at most {MaxCrisisLineLength} characters: digits, spaces, +, - and brackets.");
        }

        CountryCode = country;
        CrisisLine = line;
    }
}
