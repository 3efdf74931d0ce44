using Fourfold.Domain.Records;

namespace Fourfold.Web.Features.Records;

/// <summary>What writing or editing an item came to: saved (with the new version), refused field by field, stale, or not found.</summary>
public sealed record ItemChange(OutcomeKind Kind, ItemId? ItemId = null, int Version = 0, IReadOnlyDictionary<string, string>? Problems = null)
{
    public static ItemChange NotFound { get; } = new(OutcomeKind.NotFound);

    public static ItemChange Saved(ItemId id, int version) => new(OutcomeKind.Done, id, version);

    public static ItemChange Invalid(IReadOnlyDictionary<string, string> problems) => new(OutcomeKind.Refused, Problems: problems);

    public static ItemChange Refused(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });
}
