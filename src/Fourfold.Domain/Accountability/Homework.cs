using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Accountability;

/// <summary>
/// Homework a professional set in a joint session: for one partner or both, due on a day. Its words are an item of the
/// same id about the partners it is for, read by them and by the professional roles chosen (with the partners'
/// authorizations, like any item about them).
/// </summary>
public sealed class Homework : Records.IItemWorkflow
{
    public const int MostDaysAhead = 366;

    private Homework()
    {
    }

    private Homework(ItemId id, CaseId caseId, HomeworkFor forWhom, LocalDate dueOn, PersonId setBy, Instant setAt)
    {
        Id = id;
        CaseId = caseId;
        For = forWhom;
        DueOn = dueOn;
        SetBy = setBy;
        SetAt = setAt;
    }

    public ItemId Id { get; private set; }

    public CaseId CaseId { get; private set; }

    public HomeworkFor For { get; private set; }

    public LocalDate DueOn { get; private set; }

    public PersonId SetBy { get; private set; }

    public Instant SetAt { get; private set; }

    /// <summary>Whether a partner is one the homework is for.</summary>
    public bool IsFor(PartnerRole partner) => For == HomeworkFor.Both || For == Of(partner);

    public static HomeworkFor Of(PartnerRole partner) => partner switch
    {
        PartnerRole.BetrayedPartner => HomeworkFor.BetrayedPartner,
        PartnerRole.InvolvedPartner => HomeworkFor.InvolvedPartner,
    };

    public static IReadOnlyList<PartnerRole> PartnersOf(HomeworkFor forWhom) => forWhom switch
    {
        HomeworkFor.BetrayedPartner => [PartnerRole.BetrayedPartner],
        HomeworkFor.InvolvedPartner => [PartnerRole.InvolvedPartner],
        HomeworkFor.Both => [PartnerRole.BetrayedPartner, PartnerRole.InvolvedPartner],
    };

    /// <summary>Whose information homework is: the partner it is for, or the couple's when it is for both.</summary>
    public static ItemSubject SubjectOf(HomeworkFor forWhom) => PartnersOf(forWhom) is [var only] ? Authorship.SubjectOf(only) : ItemSubject.Couple;

    /// <summary>Checks a draft field by field; empty when it may be set.</summary>
    public static Dictionary<string, string> Check(AuthoringContext context, HomeworkDraft draft)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new Dictionary<string, string>();
        var what = (draft.What ?? "").Trim();
        if (!context.AuthorRoles.Any(r => r.IsProfessional()))
        {
            problems[nameof(HomeworkDraft.What)] = "Homework is set by a professional on the team, in a joint session.";
            return problems;
        }

        if (what.Length == 0)
        {
            problems[nameof(HomeworkDraft.What)] = "Say in a line what the homework is.";
        }
        else if (what.Length > ItemContent.MaxTitleLength)
        {
            problems[nameof(HomeworkDraft.What)] = $"Keep it to {ItemContent.MaxTitleLength} characters (it has {what.Length}); say more below.";
        }

        if ((draft.Details ?? "").Trim().Length > ItemContent.MaxBodyLength)
        {
            problems[nameof(HomeworkDraft.Details)] = $"Keep this to {ItemContent.MaxBodyLength:N0} characters.";
        }

        var partners = context.ActiveRoles.Values.SelectMany(r => r).Select(r => r.AsPartnerRole()).OfType<PartnerRole>().ToHashSet();
        if (draft.For is not { } forWhom || !Enum.IsDefined(forWhom))
        {
            problems[nameof(HomeworkDraft.For)] = "Choose whom the homework is for.";
        }
        else if (PartnersOf(forWhom).Any(p => !partners.Contains(p)))
        {
            problems[nameof(HomeworkDraft.For)] = "Homework is for a partner who is on the team.";
        }
        else if (!Authorship.SubjectsFor(context.AuthorRoles).Contains(SubjectOf(forWhom)))
        {
            problems[nameof(HomeworkDraft.For)] = "You set homework for the partner you support; homework for the other partner or for both is set by the couples therapist.";
        }

        if (draft.DueOn is not { } due)
        {
            problems[nameof(HomeworkDraft.DueOn)] = "Give the day it is due.";
        }
        else if (due < context.Today)
        {
            problems[nameof(HomeworkDraft.DueOn)] = "The day it is due cannot be in the past.";
        }
        else if (due > context.Today.PlusDays(MostDaysAhead))
        {
            problems[nameof(HomeworkDraft.DueOn)] = "Choose a day within a year.";
        }

        var choices = Authorship.AudienceChoices(context).Where(r => r.IsProfessional()).ToHashSet();
        if ((draft.Audience ?? []).Any(r => !choices.Contains(r)))
        {
            problems[nameof(HomeworkDraft.Audience)] = "Choose who else reads it among the professionals on the team.";
        }

        return problems;
    }

    /// <summary>Sets checked homework; the item carrying its words is returned to be saved with it.</summary>
    public static (Homework Homework, ClinicalItem Words) Set(AuthoringContext context, HomeworkDraft draft, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        if (Check(context, draft) is { Count: > 0 } problems)
        {
            var (field, message) = problems.First();
            throw new DomainRuleViolation(message, field);
        }

        var forWhom = draft.For!.Value;
        var partners = PartnersOf(forWhom);
        var subject = SubjectOf(forWhom);
        var details = (draft.Details ?? "").Trim();
        var content = new ItemContent((draft.What ?? "").Trim(), details.Length > 0 ? details : "Homework from our joint session.", context.Today);
        var audience = partners.Select(p => p.AsCaseRole()).Concat(draft.Audience ?? []).Distinct().Order().ToList();
        var words = ClinicalItem.WriteOwnWorkflow(context, ItemKind.Homework, subject, content, audience, [], now);
        return (new Homework(words.Id, context.CaseId, forWhom, draft.DueOn!.Value, context.Author, now), words);
    }
}
