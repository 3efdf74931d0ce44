using Fourfold.Domain.Accountability;
using Fourfold.Domain.People;

namespace Fourfold.Web.Features.Accountability;

/// <summary>The reply form's fields; the people who read it are ticked by person id.</summary>
public sealed class ReplyInput
{
    public string? Text { get; set; }

    public string? Starter { get; set; }

    public Dictionary<Guid, bool>? Readers { get; set; }

    public bool Reads(Guid person) => Readers?.GetValueOrDefault(person) ?? false;

    public ReplyDraft ToDraft() => new(Text, string.IsNullOrWhiteSpace(Starter) ? null : Starter, [],
        [.. (Readers ?? []).Where(pair => pair.Value).Select(pair => PersonId.From(pair.Key))]);
}
