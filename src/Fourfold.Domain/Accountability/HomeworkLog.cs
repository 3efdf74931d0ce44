using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Accountability;

/// <summary>
/// A partner's note of how a piece of homework went. Its words are an item of the same id about that partner, for the
/// roles they chose; flagged to bring to their individual session, it is also for their own therapist or coach, and
/// stands on that professional's agenda until they have talked it through. It names the homework by id only: the
/// homework's own words are read under their own rules.
/// </summary>
public sealed class HomeworkLog : Records.IItemWorkflow
{
    private HomeworkLog()
    {
    }

    private HomeworkLog(ItemId id, CaseId caseId, ItemId homeworkId, PersonId partner, PartnerRole partnerRole, bool bring, Instant loggedAt)
    {
        Id = id;
        CaseId = caseId;
        HomeworkId = homeworkId;
        Partner = partner;
        PartnerRole = partnerRole;
        BringToIndividualSession = bring;
        LoggedAt = loggedAt;
    }

    public ItemId Id { get; private set; }

    public CaseId CaseId { get; private set; }

    public ItemId HomeworkId { get; private set; }

    public PersonId Partner { get; private set; }

    public PartnerRole PartnerRole { get; private set; }

    public bool BringToIndividualSession { get; private set; }

    public Instant LoggedAt { get; private set; }

    /// <summary>When the partner's own professional marked it talked through; it then leaves their agenda.</summary>
    public Instant? TalkedThroughAt { get; private set; }

    /// <summary>Whether it stands on the agenda of the holder of <paramref name="role"/>: the partner's own support, until talked through.</summary>
    public bool IsOnAgendaOf(CaseRole role) => BringToIndividualSession && TalkedThroughAt is null && role == PartnerRole.SupportRole();

    /// <summary>Checks a draft field by field; empty when it may be saved.</summary>
    public static Dictionary<string, string> Check(AuthoringContext context, HomeworkLogDraft draft, Homework? homework)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new Dictionary<string, string>();
        var partner = context.AuthorPartner;
        var text = (draft.HowItWent ?? "").Trim();
        if (partner is not { } role || homework is null || homework.CaseId != context.CaseId || !homework.IsFor(role))
        {
            problems[nameof(HomeworkLogDraft.HowItWent)] = "Each partner logs the homework that was set for them.";
        }
        else if (text.Length == 0)
        {
            problems[nameof(HomeworkLogDraft.HowItWent)] = "Say how it went, in your own words.";
        }
        else if (text.Length > ItemContent.MaxBodyLength)
        {
            problems[nameof(HomeworkLogDraft.HowItWent)] = $"Keep this to {ItemContent.MaxBodyLength:N0} characters.";
        }

        var choices = Authorship.AudienceChoices(context);
        if (partner is { } own && draft.BringToIndividualSession && !choices.Contains(own.SupportRole()))
        {
            problems[nameof(HomeworkLogDraft.BringToIndividualSession)] = "There is no therapist or coach of your own on the team yet to bring it to.";
        }

        if ((draft.Audience ?? []).Any(r => !choices.Contains(r)))
        {
            problems[nameof(HomeworkLogDraft.Audience)] = "Choose who reads it among the people on your team.";
        }

        return problems;
    }

    /// <summary>Saves a checked note; the item carrying its words is returned to be saved with it.</summary>
    public static (HomeworkLog Log, ClinicalItem Words) Write(AuthoringContext context, HomeworkLogDraft draft, Homework homework, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(homework);
        if (Check(context, draft, homework) is { Count: > 0 } problems)
        {
            var (field, message) = problems.First();
            throw new DomainRuleViolation(message, field);
        }

        var partner = context.AuthorPartner!.Value;
        var audience = (draft.Audience ?? []).Concat(draft.BringToIndividualSession ? [partner.SupportRole()] : []).Distinct().Order().ToList();
        var content = new ItemContent("How the homework went", (draft.HowItWent ?? "").Trim(), context.Today);
        var words = ClinicalItem.WriteOwnWorkflow(context, ItemKind.HomeworkLog, Authorship.SubjectOf(partner), content, audience, [], now);
        return (new HomeworkLog(words.Id, context.CaseId, homework.Id, context.Author, partner, draft.BringToIndividualSession, now), words);
    }

    /// <summary>The partner's own professional has talked it through with them; it leaves their agenda.</summary>
    public void MarkTalkedThrough(IReadOnlySet<CaseRole> byRoles, Instant now)
    {
        ArgumentNullException.ThrowIfNull(byRoles);
        if (!byRoles.Any(IsOnAgendaOf))
        {
            throw new DomainRuleViolation("Only the partner's own therapist or coach marks it talked through, once.");
        }

        TalkedThroughAt = now;
    }
}
