using Fourfold.Domain.Records;

namespace Fourfold.Web.Features.Accountability;

/// <summary>What writing a check-in, homework, a note of how it went, a topic or a reply came to: saved, refused field by field, or not found.</summary>
public sealed record AccountabilityChange(OutcomeKind Kind, ItemId? Id = null, IReadOnlyDictionary<string, string>? Problems = null)
{
    public static AccountabilityChange NotFound { get; } = new(OutcomeKind.NotFound);

    public static AccountabilityChange Saved(ItemId id) => new(OutcomeKind.Done, id);

    public static AccountabilityChange Invalid(IReadOnlyDictionary<string, string> problems) => new(OutcomeKind.Refused, Problems: problems);

    public static AccountabilityChange Refused(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });
}
