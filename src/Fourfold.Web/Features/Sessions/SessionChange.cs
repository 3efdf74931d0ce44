using Fourfold.Domain.Scheduling;

namespace Fourfold.Web.Features.Sessions;

/// <summary>What booking, moving or cancelling a session, or saving one's hours, came to: done, refused field by field, or not found.</summary>
public sealed record SessionChange(OutcomeKind Kind, SessionId? SessionId = null, IReadOnlyDictionary<string, string>? Problems = null)
{
    public static SessionChange NotFound { get; } = new(OutcomeKind.NotFound);

    /// <summary>Done, with no session to name: one's hours were saved.</summary>
    public static SessionChange Saved { get; } = new(OutcomeKind.Done);

    public static SessionChange Done(SessionId id) => new(OutcomeKind.Done, id);

    public static SessionChange Invalid(IReadOnlyDictionary<string, string> problems) => new(OutcomeKind.Refused, Problems: problems);

    public static SessionChange Refused(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });
}
