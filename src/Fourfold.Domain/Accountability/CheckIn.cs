using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Accountability;

/// <summary>
/// One check-in: its kind, its day, and for a safety check-in how safe its author felt, kept beside the item of the same
/// id that carries its words. The item is about its author and is read by the author and those they picked for this
/// entry: choosing them is the author's consent, so nobody else's authorization is asked, and nobody else reads it.
/// </summary>
public sealed class CheckIn : Records.IItemWorkflow
{
    public const int MaxAnswerLength = 2_000;
    public const int MostSafe = 10;

    private CheckIn()
    {
    }

    private CheckIn(ItemId id, CaseId caseId, CheckInKind kind, PersonId author, LocalDate on, int? safety, Instant recordedAt)
    {
        Id = id;
        CaseId = caseId;
        Kind = kind;
        Author = author;
        On = on;
        Safety = safety;
        RecordedAt = recordedAt;
    }

    public ItemId Id { get; private set; }

    public CaseId CaseId { get; private set; }

    public CheckInKind Kind { get; private set; }

    public PersonId Author { get; private set; }

    public LocalDate On { get; private set; }

    /// <summary>How safe the author felt, 0 to 10; only on a safety check-in.</summary>
    public int? Safety { get; private set; }

    public Instant RecordedAt { get; private set; }

    /// <summary>The prompts of a couple check-in, in the order they are answered.</summary>
    public static IReadOnlyList<(string Field, string Prompt)> CouplePrompts { get; } =
    [
        (nameof(CheckInDraft.Feelings), "Feelings"),
        (nameof(CheckInDraft.Appreciation), "Appreciation"),
        (nameof(CheckInDraft.Needs), "Needs"),
        (nameof(CheckInDraft.Ownership), "Ownership"),
        (nameof(CheckInDraft.Steps), "Steps"),
    ];

    /// <summary>A prompt as each partner answers it: the last is the involved partner's sobriety and recovery steps, the betrayed partner's own care.</summary>
    public static string PromptFor(string field, PartnerRole partner) => (field, partner) switch
    {
        (nameof(CheckInDraft.Steps), PartnerRole.InvolvedPartner) => "Sobriety and steps",
        (nameof(CheckInDraft.Steps), PartnerRole.BetrayedPartner) => "Taking care of myself",
        (nameof(CheckInDraft.Ownership), PartnerRole.BetrayedPartner) => "Something I would do differently",
        _ => CouplePrompts.First(p => p.Field == field).Prompt,
    };

    /// <summary>Checks a draft field by field; empty when it may be saved.</summary>
    public static Dictionary<string, string> Check(AuthoringContext context, CheckInDraft draft)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new Dictionary<string, string>();
        var partner = context.AuthorPartner;
        if (!Enum.IsDefined(draft.Kind))
        {
            problems[nameof(CheckInDraft.Kind)] = "Choose a couple check-in or a safety check-in.";
            return problems;
        }

        if (partner is null)
        {
            problems[nameof(CheckInDraft.Kind)] = "Check-ins are the partners' own; the team reads those a partner shares with them.";
        }
        else if (draft.Kind == CheckInKind.Safety && partner != PartnerRole.BetrayedPartner)
        {
            problems[nameof(CheckInDraft.Kind)] = "The safety check-in is for the partner who was betrayed; a couple check-in is for you both.";
        }

        foreach (var (field, text) in Answers(draft))
        {
            if ((text ?? "").Trim().Length > MaxAnswerLength)
            {
                problems[field] = $"Keep this answer to {MaxAnswerLength:N0} characters.";
            }
        }

        if (draft.Kind == CheckInKind.Couple && CouplePrompts.All(p => string.IsNullOrWhiteSpace(AnswerOf(draft, p.Field))))
        {
            problems[nameof(CheckInDraft.Feelings)] = "Answer at least one of the prompts; the others may stay empty.";
        }

        if (draft.Kind == CheckInKind.Safety && CouplePrompts.Any(p => !string.IsNullOrWhiteSpace(AnswerOf(draft, p.Field))))
        {
            problems.TryAdd(nameof(CheckInDraft.Feelings), "These answers belong to a couple check-in: choose the couple check-in to save them, or clear them.");
        }

        if (draft.Kind == CheckInKind.Couple && (draft.Safety is not null || !string.IsNullOrWhiteSpace(draft.WhatWouldHelp)))
        {
            problems[nameof(CheckInDraft.Safety)] = "These answers belong to a safety check-in: choose the safety check-in to save them, or clear them.";
        }

        if (draft.Kind == CheckInKind.Safety && draft.Safety is not (>= 0 and <= MostSafe))
        {
            problems[nameof(CheckInDraft.Safety)] = $"Choose how safe you feel, from 0 (not safe at all) to {MostSafe} (completely safe).";
        }

        var roles = Authorship.AudienceChoices(context);
        var people = Authorship.AudiencePeopleChoices(context);
        if ((draft.Audience ?? []).Any(r => !roles.Contains(r)) || (draft.AudiencePeople ?? []).Any(p => !people.Contains(p)))
        {
            problems[nameof(CheckInDraft.Audience)] = "Choose who reads it among the people on your team.";
        }

        return problems;
    }

    /// <summary>Records a checked draft; the item carrying its words is returned to be saved with it.</summary>
    public static (CheckIn CheckIn, ClinicalItem Words) Record(AuthoringContext context, CheckInDraft draft, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        if (Check(context, draft) is { Count: > 0 } problems)
        {
            var (field, message) = problems.First();
            throw new DomainRuleViolation(message, field);
        }

        var partner = context.AuthorPartner!.Value;
        var content = new ItemContent(draft.Kind == CheckInKind.Couple ? "Couple check-in" : "Safety check-in", Body(draft, partner), context.Today);
        var people = (draft.AudiencePeople ?? []).Distinct().ToList();
        var words = ClinicalItem.WriteOwnWorkflow(context, ItemKind.CheckIn, Authorship.SubjectOf(partner), content, draft.Audience ?? [], people, now);
        var safety = draft.Kind == CheckInKind.Safety ? draft.Safety : null;
        return (new CheckIn(words.Id, context.CaseId, draft.Kind, context.Author, context.Today, safety, now), words);
    }

    /// <summary>The words as the item keeps them: each prompt answered, under its name as <paramref name="partner"/> answered it.</summary>
    public static string Body(CheckInDraft draft, PartnerRole partner)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var parts = draft.Kind == CheckInKind.Safety
            ? new List<string> { $"**How safe I feel.** {draft.Safety} out of {MostSafe}" }.Concat(Answered("What would help", draft.WhatWouldHelp))
            : CouplePrompts.SelectMany(p => Answered(PromptFor(p.Field, partner), AnswerOf(draft, p.Field)));
        return string.Join("\n\n", parts);
    }

    private static IEnumerable<string> Answered(string prompt, string? answer) =>
        string.IsNullOrWhiteSpace(answer) ? [] : [$"**{prompt}.** {answer.Trim()}"];

    private static IEnumerable<(string Field, string? Text)> Answers(CheckInDraft draft) =>
        CouplePrompts.Select(p => (p.Field, AnswerOf(draft, p.Field))).Append((nameof(CheckInDraft.WhatWouldHelp), draft.WhatWouldHelp));

    private static string? AnswerOf(CheckInDraft draft, string field) => field switch
    {
        nameof(CheckInDraft.Feelings) => draft.Feelings,
        nameof(CheckInDraft.Appreciation) => draft.Appreciation,
        nameof(CheckInDraft.Needs) => draft.Needs,
        nameof(CheckInDraft.Ownership) => draft.Ownership,
        nameof(CheckInDraft.Steps) => draft.Steps,
        _ => null,
    };
}
