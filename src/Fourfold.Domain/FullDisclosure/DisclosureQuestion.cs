using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.FullDisclosure;

/// <summary>
/// A question the betrayed partner needs the disclosure to answer. Written by them (with their own therapist or coach
/// in their sessions), it is theirs: about them, read at first by them and their support alone. When their support
/// passes the questions on, the involved partner, their therapist and the couples therapist read them too, so that
/// the written disclosure can answer them. The words are an item of the same id.
/// </summary>
public sealed class DisclosureQuestion : IItemWorkflow
{
    public const int MaxLength = 2_000;

    /// <summary>Who reads a question while it is being written: the partner and their own support.</summary>
    public static IReadOnlyList<CaseRole> WrittenFor { get; } = [CaseRole.BetrayedPartner, CaseRole.SupportOfBetrayedPartner];

    /// <summary>Who reads it once passed on: also those who write and review the disclosure.</summary>
    public static IReadOnlyList<CaseRole> PassedOnTo { get; } =
        [CaseRole.BetrayedPartner, CaseRole.InvolvedPartner, CaseRole.SupportOfBetrayedPartner, CaseRole.SupportOfInvolvedPartner, CaseRole.CouplesTherapist];

    private DisclosureQuestion()
    {
    }

    public ItemId Id { get; private set; }

    public CaseId CaseId { get; private set; }

    public Guid DisclosureId { get; private set; }

    /// <summary>Its place in the partner's list, from 1.</summary>
    public int Number { get; private set; }

    public PersonId? PassedOnBy { get; private set; }

    public Instant? PassedOnAt { get; private set; }

    public bool IsPassedOn => PassedOnAt is not null;

    /// <summary>Checks a question field by field; empty when it may be written now.</summary>
    public static Dictionary<string, string> Check(AuthoringContext context, DisclosureProcess process, string? text)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(process);
        var problems = new Dictionary<string, string>();
        var said = (text ?? "").Trim();
        if (!context.AuthorRoles.Contains(CaseRole.BetrayedPartner))
        {
            problems["Text"] = "The questions are the betrayed partner's to write.";
        }
        else if (process.Stage is not (DisclosureStage.Planning or DisclosureStage.Questions))
        {
            problems["Text"] = "The questions have been passed on; ask your therapist or coach to bring a new one to the team.";
        }
        else if (process.IsPaused)
        {
            problems["Text"] = DisclosureWording.Explain(DisclosureRefusal.Paused);
        }
        else if (said.Length == 0)
        {
            problems["Text"] = "Write the question you need answered.";
        }
        else if (said.Length > MaxLength)
        {
            problems["Text"] = $"Keep one question to {MaxLength:N0} characters (it has {said.Length:N0}); split it into two if you need more.";
        }

        return problems;
    }

    /// <summary>Writes a checked question, numbered after those the disclosure already has.</summary>
    public static (DisclosureQuestion Question, ClinicalItem Words) Write(AuthoringContext context, DisclosureProcess process, string? text, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(process);
        if (Check(context, process, text) is { Count: > 0 } problems)
        {
            var (field, message) = problems.First();
            throw new DomainRuleViolation(message, field);
        }

        var number = process.CountQuestion();
        var content = new ItemContent($"Question {number} for the disclosure", (text ?? "").Trim(), context.Today);
        var words = ClinicalItem.WriteOwnWorkflow(context, ItemKind.DisclosureQuestion, ItemSubject.BetrayedPartner, content, WrittenFor, [], now);
        return (new DisclosureQuestion { Id = words.Id, CaseId = context.CaseId, DisclosureId = process.Id, Number = number }, words);
    }

    /// <summary>The betrayed partner's support passes the question on with the rest, as the drafting starts.</summary>
    public void PassOn(ClinicalItem words, PersonId by, Instant now)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Id != Id || IsPassedOn)
        {
            return;
        }

        words.PassOn(by, PassedOnTo, now);
        (PassedOnBy, PassedOnAt) = (by, now);
    }
}
