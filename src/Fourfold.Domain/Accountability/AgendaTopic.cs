using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Fourfold.Domain.Scheduling;
using NodaTime;

namespace Fourfold.Domain.Accountability;

/// <summary>
/// Something a partner brings to the next joint session, so that nothing waits a week: a topic, which everyone who takes
/// part in joint sessions reads (both partners and the couples therapist), or a note of how it felt while the other
/// partner had an individual session with the couples therapist, kept for its author or shared with the couples
/// therapist alone. Its words are an item of the same id about its author; it stays on the agenda until the couples
/// therapist marks it discussed.
/// </summary>
public sealed class AgendaTopic : Records.IItemWorkflow
{
    public const int MaxLength = 2_000;

    private AgendaTopic()
    {
    }

    private AgendaTopic(ItemId id, CaseId caseId, AgendaTopicKind kind, PersonId raisedBy, Instant raisedAt)
    {
        Id = id;
        CaseId = caseId;
        Kind = kind;
        RaisedBy = raisedBy;
        RaisedAt = raisedAt;
    }

    public ItemId Id { get; private set; }

    public CaseId CaseId { get; private set; }

    public AgendaTopicKind Kind { get; private set; }

    public PersonId RaisedBy { get; private set; }

    public Instant RaisedAt { get; private set; }

    public Instant? DiscussedAt { get; private set; }

    /// <summary>Who reads what a partner brings: everyone in a joint session for a topic; for a note of how it felt, its author and, if they choose, the couples therapist.</summary>
    public static IReadOnlyList<CaseRole> AudienceOf(AgendaTopicDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.Kind == AgendaTopicKind.Topic
            ? [CaseRole.BetrayedPartner, CaseRole.InvolvedPartner, CaseRole.CouplesTherapist]
            : draft.ShareWithCouplesTherapist ? [CaseRole.CouplesTherapist] : [];
    }

    /// <summary>
    /// The other partner's individual session with the couples therapist since the last joint session, which offers
    /// <paramref name="partner"/> a note of how it felt; null when there is none.
    /// </summary>
    public static Session? HowItFeltAfter(PartnerRole partner, IEnumerable<Session> past)
    {
        ArgumentNullException.ThrowIfNull(past);
        var held = past.Where(s => s.Status != SessionStatus.Cancelled).ToList();
        var lastJoint = held.Where(s => s.Kind is SessionKind.Couple or SessionKind.FourPerson).Select(s => (Instant?)s.Start).Max();
        return held
            .Where(s => s.Kind == SessionKind.IndividualWithCouplesTherapist && s.Partner == partner.Other() && s.Start > (lastJoint ?? Instant.MinValue))
            .MaxBy(s => s.Start);
    }

    /// <summary>Checks a draft field by field; empty when it may be saved.</summary>
    public static Dictionary<string, string> Check(AuthoringContext context, AgendaTopicDraft draft)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new Dictionary<string, string>();
        var text = (draft.Text ?? "").Trim();
        if (!Enum.IsDefined(draft.Kind))
        {
            problems[nameof(AgendaTopicDraft.Kind)] = "Choose a topic or a note of how it felt.";
        }
        else if (!context.AuthorRoles.Any(r => r.IsPartner()))
        {
            problems[nameof(AgendaTopicDraft.Text)] = "The partners put topics on their joint session's agenda; the couples therapist sees them when preparing it.";
        }
        else if (!context.ActiveRoles.Values.Any(roles => roles.Contains(CaseRole.CouplesTherapist)))
        {
            problems[nameof(AgendaTopicDraft.Text)] = "There is no couples therapist on the team yet to hold a joint session.";
        }
        else if (text.Length == 0)
        {
            problems[nameof(AgendaTopicDraft.Text)] = draft.Kind == AgendaTopicKind.Topic ? "Say what you would like to talk about." : "Write a few words of how it felt.";
        }
        else if (text.Length > MaxLength)
        {
            problems[nameof(AgendaTopicDraft.Text)] = $"Keep it to {MaxLength:N0} characters (it has {text.Length:N0}).";
        }

        return problems;
    }

    /// <summary>Saves a checked draft; the item carrying its words is returned to be saved with it.</summary>
    public static (AgendaTopic Topic, ClinicalItem Words) Raise(AuthoringContext context, AgendaTopicDraft draft, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        if (Check(context, draft) is { Count: > 0 } problems)
        {
            var (field, message) = problems.First();
            throw new DomainRuleViolation(message, field);
        }

        var partner = context.AuthorPartner!.Value;
        var title = draft.Kind == AgendaTopicKind.Topic ? "For our next joint session" : "How it felt";
        var content = new ItemContent(title, (draft.Text ?? "").Trim(), context.Today);
        var words = ClinicalItem.WriteOwnWorkflow(context, ItemKind.AgendaTopic, Authorship.SubjectOf(partner), content, AudienceOf(draft), [], now);
        return (new AgendaTopic(words.Id, context.CaseId, draft.Kind, context.Author, now), words);
    }

    /// <summary>
    /// The couples therapist has taken it up in a joint session, or its author takes it off the agenda (a note kept for
    /// themself is theirs to close); it leaves the agenda.
    /// </summary>
    public void MarkDiscussed(PersonId by, IReadOnlySet<CaseRole> byRoles, Instant now)
    {
        ArgumentNullException.ThrowIfNull(byRoles);
        if ((!byRoles.Contains(CaseRole.CouplesTherapist) && by != RaisedBy) || DiscussedAt is not null)
        {
            throw new DomainRuleViolation("The couples therapist, or whoever brought it, takes it off the agenda, once.");
        }

        DiscussedAt = now;
    }
}
