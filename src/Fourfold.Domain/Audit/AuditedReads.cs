using System.Globalization;

namespace Fourfold.Domain.Audit;

/// <summary>One item of a page read: which item, whom it is about, and the rule and authorizations that allowed it.</summary>
public sealed record AuditedRead(Guid ItemId, string Subjects, string Rule, string Authorizations);

/// <summary>
/// The item list of a page read, as one line of its audit event: items separated by ';', each as
/// <c>item id:subjects:rule:authorizations</c> (subjects and authorizations comma-separated). Every part is an id or
/// a name of the code, so the separators never occur inside one.
/// </summary>
public static class AuditedReads
{
    private const char ItemSeparator = ';';
    private const char PartSeparator = ':';

    public static string Format(IEnumerable<AuditedRead> reads)
    {
        ArgumentNullException.ThrowIfNull(reads);
        return string.Join(ItemSeparator, reads.Select(r =>
            string.Join(PartSeparator, r.ItemId.ToString("D", CultureInfo.InvariantCulture), r.Subjects, r.Rule, r.Authorizations)));
    }

    /// <summary>The items of a stored list; a part that no longer parses is skipped (the chain check reports the edit).</summary>
    public static IReadOnlyList<AuditedRead> Parse(string items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Length == 0)
        {
            return [];
        }

        var reads = new List<AuditedRead>();
        foreach (var item in items.Split(ItemSeparator))
        {
            var parts = item.Split(PartSeparator);
            if (parts.Length == 4 && Guid.TryParse(parts[0], CultureInfo.InvariantCulture, out var id))
            {
                reads.Add(new AuditedRead(id, parts[1], parts[2], parts[3]));
            }
        }

        return reads;
    }

    /// <summary>The union of comma-separated values, in first-seen order: the event's own subjects or authorizations.</summary>
    public static string Union(IEnumerable<string> commaSeparated)
    {
        ArgumentNullException.ThrowIfNull(commaSeparated);
        return string.Join(',', commaSeparated.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal));
    }
}
