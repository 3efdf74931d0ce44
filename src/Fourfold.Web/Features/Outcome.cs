namespace Fourfold.Web.Features;

/// <summary>What a use case did: done, refused with a message for the person, or nothing there for them (404).</summary>
public sealed record Outcome(OutcomeKind Kind, string? Message = null, string? Field = null)
{
    public static Outcome Done { get; } = new(OutcomeKind.Done);

    public static Outcome NotFound { get; } = new(OutcomeKind.NotFound);

    public bool Succeeded => Kind == OutcomeKind.Done;

    public static Outcome Refused(string message, string? field = null) => new(OutcomeKind.Refused, message, field);
}

public enum OutcomeKind
{
    Done = 1,
    Refused = 2,
    NotFound = 3,
}
