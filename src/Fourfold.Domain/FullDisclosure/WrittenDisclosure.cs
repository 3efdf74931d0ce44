using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.FullDisclosure;

/// <summary>
/// One draft of the involved partner's written disclosure, and which of the betrayed partner's questions it answers.
/// Written by the involved partner or their therapist, it is about the involved partner and read by them, their
/// therapist and the couples therapist, and by the betrayed partner's support when the writer chooses; not by the
/// betrayed partner, who hears the disclosure in its session, unless the team has recorded that the couple agreed
/// otherwise. The words are an item of the same id.
/// </summary>
public sealed class WrittenDisclosure : IItemWorkflow
{
    private static readonly CaseRole[] Writers = [CaseRole.InvolvedPartner, CaseRole.SupportOfInvolvedPartner];

    private WrittenDisclosure()
    {
        Answers = [];
    }

    public ItemId Id { get; private set; }

    public CaseId CaseId { get; private set; }

    public Guid DisclosureId { get; private set; }

    /// <summary>Which draft this is, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>The questions this draft answers, by the id of each question's item.</summary>
    public List<Guid> Answers { get; private set; }

    /// <summary>Who reads a draft: the writing side and the couples therapist; the betrayed partner's support when shared; the betrayed partner only when the team recorded that the couple agreed.</summary>
    public static IReadOnlyList<CaseRole> AudienceFor(bool withBetrayedPartnersSupport, bool forBetrayedPartner = false)
    {
        List<CaseRole> audience = [CaseRole.InvolvedPartner, CaseRole.SupportOfInvolvedPartner, CaseRole.CouplesTherapist];
        if (withBetrayedPartnersSupport)
        {
            audience.Add(CaseRole.SupportOfBetrayedPartner);
        }

        if (forBetrayedPartner)
        {
            audience.Add(CaseRole.BetrayedPartner);
        }

        return [.. audience.Order()];
    }

    /// <summary>Checks a draft field by field against the disclosure and its questions passed on; empty when it may be written now.</summary>
    public static Dictionary<string, string> Check(AuthoringContext context, DisclosureProcess process, string? text, IReadOnlyCollection<ItemId> answers, IReadOnlySet<ItemId> questionsPassedOn)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(questionsPassedOn);
        var problems = new Dictionary<string, string>();
        var said = (text ?? "").Trim();
        if (!context.AuthorRoles.Overlaps(Writers))
        {
            problems["Text"] = "The disclosure is written by the involved partner, with their therapist.";
        }
        else if (process.Stage != DisclosureStage.Drafting)
        {
            problems["Text"] = "A draft is written while the disclosure is being written, after the questions are passed on.";
        }
        else if (process.IsPaused)
        {
            problems["Text"] = DisclosureWording.Explain(DisclosureRefusal.Paused);
        }
        else if (said.Length == 0)
        {
            problems["Text"] = "Write the disclosure.";
        }
        else if (said.Length > ItemContent.MaxBodyLength)
        {
            problems["Text"] = $"Keep the disclosure to {ItemContent.MaxBodyLength:N0} characters (it has {said.Length:N0}).";
        }

        if (answers.Any(id => !questionsPassedOn.Contains(id)))
        {
            problems["Answers"] = "Choose among the questions passed on for this disclosure.";
        }

        return problems;
    }

    /// <summary>Writes a checked draft as the disclosure's next one.</summary>
    public static (WrittenDisclosure Draft, ClinicalItem Words) Write(AuthoringContext context, DisclosureProcess process, string? text, IReadOnlyCollection<ItemId> answers, IReadOnlySet<ItemId> questionsPassedOn, bool withBetrayedPartnersSupport, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(process);
        if (Check(context, process, text, answers, questionsPassedOn) is { Count: > 0 } problems)
        {
            var (field, message) = problems.First();
            throw new DomainRuleViolation(message, field);
        }

        if (process.RecordDraft(context.AuthorRoles) is { IsAllowed: false } refused)
        {
            throw new DomainRuleViolation(DisclosureWording.Explain(refused.Refusal!.Value), "Text");
        }

        var content = new ItemContent($"The written disclosure, draft {process.Drafts}", (text ?? "").Trim(), context.Today);
        var words = ClinicalItem.WriteOwnWorkflow(context, ItemKind.WrittenDisclosure, ItemSubject.InvolvedPartner, content, AudienceFor(withBetrayedPartnersSupport, process.DraftsForBetrayedPartner), [], now);
        var draft = new WrittenDisclosure { Id = words.Id, CaseId = context.CaseId, DisclosureId = process.Id, Number = process.Drafts, Answers = [.. answers.Select(a => a.Value).Distinct().Order()] };
        return (draft, words);
    }
}
