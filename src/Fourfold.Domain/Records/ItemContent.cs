using NodaTime;

namespace Fourfold.Domain.Records;

/// <summary>What an item says: its title, its Markdown body, the day it is about, and for an assessment the instrument used.</summary>
public sealed record ItemContent(string Title, string Body, LocalDate OccurredOn, string? AssessmentUsed = null)
{
    public const int MaxTitleLength = 160;
    public const int MaxBodyLength = 20_000;
    public const int MaxAssessmentLength = 120;

    /// <summary>Trims the text, and lists what is wrong with it field by field; empty when it may be saved.</summary>
    public static (ItemContent Content, IReadOnlyDictionary<string, string> Problems) Check(ItemKind kind, string? title, string? body, LocalDate? occurredOn, string? assessmentUsed, LocalDate today)
    {
        var problems = new Dictionary<string, string>();
        var trimmedTitle = (title ?? "").Trim();
        var trimmedBody = (body ?? "").Trim();
        var trimmedAssessment = string.IsNullOrWhiteSpace(assessmentUsed) ? null : assessmentUsed.Trim();
        if (trimmedTitle.Length == 0)
        {
            problems[nameof(Title)] = "Give the item a short title.";
        }
        else if (trimmedTitle.Length > MaxTitleLength)
        {
            problems[nameof(Title)] = $"Keep the title to {MaxTitleLength} characters (it has {trimmedTitle.Length}).";
        }

        if (trimmedBody.Length == 0)
        {
            problems[nameof(Body)] = "Write what the item says.";
        }
        else if (trimmedBody.Length > MaxBodyLength)
        {
            problems[nameof(Body)] = $"Keep the text to {MaxBodyLength:N0} characters (it has {trimmedBody.Length:N0}); split it into two items if you need more.";
        }

        if (occurredOn is null)
        {
            problems[nameof(OccurredOn)] = "Give the date it happened.";
        }
        else if (occurredOn > today)
        {
            problems[nameof(OccurredOn)] = "The date cannot be in the future.";
        }
        else if (occurredOn.Value.Year < 1900)
        {
            problems[nameof(OccurredOn)] = "Give a date after 1900.";
        }

        if (kind == ItemKind.AssessmentSummary && trimmedAssessment is null)
        {
            problems[nameof(AssessmentUsed)] = "Name the assessment used (for example PCL-5 or a clinical interview).";
        }
        else if (trimmedAssessment is { Length: > MaxAssessmentLength })
        {
            problems[nameof(AssessmentUsed)] = $"Keep the assessment's name to {MaxAssessmentLength} characters.";
        }

        var content = new ItemContent(trimmedTitle, trimmedBody, occurredOn ?? today, kind == ItemKind.AssessmentSummary ? trimmedAssessment : null);
        return (content, problems);
    }
}
