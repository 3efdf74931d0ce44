using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Fourfold.Domain.Records;

namespace Fourfold.Web.Features.Records;

/// <summary>What one version changed from the one before: which fields, and the text line by line.</summary>
public sealed record ItemChanges(ItemVersion Before, ItemVersion After, IReadOnlyList<DiffLine> BodyLines)
{
    public static ItemChanges Between(ItemVersion before, ItemVersion after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var lines = before.Body == after.Body
            ? []
            : InlineDiffBuilder.Diff(before.Body, after.Body).Lines
                .Where(line => line.Type != ChangeType.Imaginary)
                .Select(line => line.Type switch
                {
                    ChangeType.Inserted => new DiffLine("+", line.Text, "diff--added"),
                    ChangeType.Deleted => new DiffLine("−", line.Text, "diff--removed"),
                    _ => new DiffLine(" ", line.Text, "diff--same"),
                })
                .ToList();
        return new ItemChanges(before, after, lines);
    }

    public IEnumerable<string> Summary(CaseReadContext context)
    {
        if (Before.Title != After.Title)
        {
            yield return $"Title changed from “{Before.Title}” to “{After.Title}”.";
        }

        if (Before.OccurredOn != After.OccurredOn)
        {
            yield return $"Date changed from {Infrastructure.Time.LocalTimes.FormatDate(Before.OccurredOn)} to {Infrastructure.Time.LocalTimes.FormatDate(After.OccurredOn)}.";
        }

        if (Before.AssessmentUsed != After.AssessmentUsed)
        {
            yield return $"Assessment used changed to “{After.AssessmentUsed}”.";
        }

        var added = After.AudienceRoles.Except(Before.AudienceRoles).ToList();
        var removed = Before.AudienceRoles.Except(After.AudienceRoles).ToList();
        var named = After.AudiencePersonIds.Except(Before.AudiencePersonIds).ToList();
        var unnamed = Before.AudiencePersonIds.Except(After.AudiencePersonIds).ToList();
        if (added.Count > 0 || named.Count > 0)
        {
            yield return $"Now also written for: {ItemWording.Audience(added, named, context)}.";
        }

        if (removed.Count > 0 || unnamed.Count > 0)
        {
            yield return $"No longer written for: {ItemWording.Audience(removed, unnamed, context)}.";
        }

        if (Before.Body != After.Body)
        {
            yield return "The text changed.";
        }
    }
}

public sealed record DiffLine(string Prefix, string Text, string Class);
