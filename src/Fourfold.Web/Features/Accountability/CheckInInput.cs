using Fourfold.Domain.Accountability;
using Fourfold.Domain.People;

namespace Fourfold.Web.Features.Accountability;

/// <summary>The check-in form's fields; the people who read it are ticked by person id.</summary>
public sealed class CheckInInput
{
    /// <summary>Not posted (the kind comes from its own radio buttons); where a refusal of the kind is shown.</summary>
    public string? Kind { get; set; }

    public string? Feelings { get; set; }

    public string? Appreciation { get; set; }

    public string? Needs { get; set; }

    public string? Ownership { get; set; }

    public string? Steps { get; set; }

    public int? Safety { get; set; }

    public string? WhatWouldHelp { get; set; }

    public Dictionary<Guid, bool>? Readers { get; set; }

    public bool Reads(Guid person) => Readers?.GetValueOrDefault(person) ?? false;

    public CheckInDraft ToDraft(CheckInKind kind) => new(kind, Feelings, Appreciation, Needs, Ownership, Steps, Safety, WhatWouldHelp, [],
        [.. (Readers ?? []).Where(pair => pair.Value).Select(pair => PersonId.From(pair.Key))]);
}
