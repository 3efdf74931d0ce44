namespace Fourfold.Web.Features.FullDisclosure;

/// <summary>What a step of the full disclosure came to: done (with the disclosure's revision now), refused field by field, stale, or not found.</summary>
public sealed record DisclosureOutcome(OutcomeKind Kind, Guid? Id = null, int? Revision = null, IReadOnlyDictionary<string, string>? Problems = null, bool IsStale = false)
{
    public const string StaleMessage = "Someone on the team moved the disclosure on while you were looking. Reload the page to see where it stands now, then try again.";

    public static DisclosureOutcome NotFound { get; } = new(OutcomeKind.NotFound);

    public static DisclosureOutcome Stale { get; } = new(OutcomeKind.Refused, Problems: new Dictionary<string, string> { ["Revision"] = StaleMessage }, IsStale: true);

    public static DisclosureOutcome Done(Guid id, int revision) => new(OutcomeKind.Done, id, revision);

    public static DisclosureOutcome Invalid(IReadOnlyDictionary<string, string> problems) => new(OutcomeKind.Refused, Problems: problems);

    public static DisclosureOutcome Refused(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });
}
