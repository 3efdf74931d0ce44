namespace Fourfold.Web.Features.PartnerMeetings;

/// <summary>What a step of a meeting request came to: done, refused field by field, stale, or not found.</summary>
public sealed record MeetingOutcome(OutcomeKind Kind, Guid? Id = null, IReadOnlyDictionary<string, string>? Problems = null, bool IsStale = false)
{
    public const string StaleMessage = "This request was answered by someone else while you were looking. Reload the page to see where it stands, then try again.";

    public static MeetingOutcome NotFound { get; } = new(OutcomeKind.NotFound);

    public static MeetingOutcome Stale { get; } = new(OutcomeKind.Refused, Problems: new Dictionary<string, string> { ["Revision"] = StaleMessage }, IsStale: true);

    public static MeetingOutcome Done(Guid id) => new(OutcomeKind.Done, id);

    public static MeetingOutcome Invalid(IReadOnlyDictionary<string, string> problems) => new(OutcomeKind.Refused, Problems: problems);

    public static MeetingOutcome Refused(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });
}
