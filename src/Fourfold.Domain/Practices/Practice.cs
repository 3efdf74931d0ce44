using Fourfold.Domain.Common;

namespace Fourfold.Domain.Practices;

/// <summary>A clinic or solo practice: the tenant. Professionals and administrators belong to exactly one.</summary>
public sealed class Practice
{
    public const int MaxNameLength = 120;

    private Practice()
    {
        Name = "";
        TimeZoneId = "";
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
    }

    public PracticeId Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>IANA id of the zone the practice keeps its public hours in.</summary>
    public string TimeZoneId { get; private set; }
}
