using Fourfold.Domain.Access;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;
using NodaTime;

namespace Fourfold.Domain.Records;

/// <summary>
/// An item of the case's shared story: a history entry, session summary, progress note or assessment summary, meant
/// by its author for an audience of case roles and named people of the team. An item from an individual session with the couples therapist keeps
/// the confidentiality policy that was in force when it was written; a later change of policy changes neither its
/// subject nor who may read it.
/// </summary>
public sealed class ClinicalItem : WrittenItem
{
    private ClinicalItem()
    {
        AudienceRoles = [];
        AudiencePersonIds = [];
    }

    private ClinicalItem(ItemId id, AuthoringContext context, ItemDraft draft, WritingCheck check, Instant now)
        : base(id, context.CaseId, context.Author, check.Subject, check.Content, draft.Audience, PersonIds(draft), now)
    {
        Kind = draft.Kind;
        AudienceRoles = [.. draft.Audience.Distinct().Order()];
        AudiencePersonIds = PersonIds(draft);
        AssessmentUsed = check.Content.AssessmentUsed;
        if (draft.IndividualSessionWith is { } partner && context.PolicyInForce is { } policy)
        {
            IndividualSessionWith = partner;
            PolicyInForce = policy.Confidentiality;
            PolicyVersion = policy.Version;
        }
    }

    public ItemKind Kind { get; private set; }

    public override Category Category => Kind.CategoryOf();

    /// <summary>The case roles the author means the item for; empty when it is for its holder alone.</summary>
    public List<CaseRole> AudienceRoles { get; private set; }

    /// <summary>People of the team named in the audience, by person id; they read it while they are on the case.</summary>
    public List<Guid> AudiencePersonIds { get; private set; }

    public string? AssessmentUsed { get; private set; }

    public PartnerRole? IndividualSessionWith { get; private set; }

    public ConfidentialityPolicy? PolicyInForce { get; private set; }

    public int? PolicyVersion { get; private set; }

    public Audience Audience => new(AudienceRoles.ToHashSet(), AudiencePersonIds.Select(PersonId.From).ToHashSet());

    public override ItemFacts Facts => new(Id.Value, CaseId, Holder, Author, Subject, Category, Audience);

    protected override string? AssessmentUsedOrNull => AssessmentUsed;

    public static ClinicalItem Write(AuthoringContext context, ItemDraft draft, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        var check = Checked(context, draft);
        if (draft.Kind == ItemKind.PsychotherapyNote)
        {
            throw new DomainRuleViolation("Psychotherapy notes are stored apart; write them as a psychotherapy note.");
        }

        return new ClinicalItem(ItemId.From(Guid.CreateVersion7(now.ToDateTimeOffset())), context, draft, check, now);
    }

    /// <summary>
    /// The words of an agreement a partner proposes: about the couple, for both partners and the team roles the couple
    /// chose. Its workflow (<see cref="Agreements.Agreement"/>) decides every later version.
    /// </summary>
    internal static ClinicalItem WriteAgreement(AuthoringContext context, Agreements.AgreementKind kind, Agreements.AgreementCheck check, Instant now)
    {
        var draft = new ItemDraft(kind.AsItemKind(), ItemSubject.Couple, check.Audience, check.Content.Title, check.Content.Body, check.Content.OccurredOn);
        return new ClinicalItem(ItemId.From(Guid.CreateVersion7(now.ToDateTimeOffset())), context, draft, new WritingCheck(check.Content, ItemSubject.Couple, new Dictionary<string, string>()), now);
    }

    /// <summary>The words of an entry of the disclosure log: about the involved partner, for the people it was told to.</summary>
    internal static ClinicalItem WriteDisclosure(AuthoringContext context, ItemContent content, IReadOnlyList<CaseRole> audience, Instant now)
    {
        var draft = new ItemDraft(ItemKind.DisclosureLogEntry, ItemSubject.InvolvedPartner, audience, content.Title, content.Body, content.OccurredOn);
        return new ClinicalItem(ItemId.From(Guid.CreateVersion7(now.ToDateTimeOffset())), context, draft, new WritingCheck(content, ItemSubject.InvolvedPartner, new Dictionary<string, string>()), now);
    }

    /// <summary>
    /// The words of a record kept through its own workflow (a check-in, homework, a note of how it went), already checked
    /// by that workflow: about <paramref name="subject"/>, for the roles and people it chose.
    /// </summary>
    internal static ClinicalItem WriteOwnWorkflow(AuthoringContext context, ItemKind kind, ItemSubject subject, ItemContent content, IReadOnlyList<CaseRole> audience, IReadOnlyList<PersonId> people, Instant now)
    {
        var draft = new ItemDraft(kind, subject, audience, content.Title, content.Body, content.OccurredOn, AudiencePeople: people);
        return new ClinicalItem(ItemId.From(Guid.CreateVersion7(now.ToDateTimeOffset())), context, draft, new WritingCheck(content, subject, new Dictionary<string, string>()), now);
    }

    /// <summary>
    /// The same words for a wider audience, given by the person whose step it is to pass them on (the betrayed
    /// partner's support, with the questions the partner wrote for that purpose); the earlier audience stays in the
    /// item's versions.
    /// </summary>
    internal void PassOn(PersonId by, IReadOnlyList<CaseRole> audience, Instant now)
    {
        ReviseTogether(by, Content, audience, now);
        AudienceRoles = [.. audience.Distinct().Order()];
    }

    /// <summary>
    /// The same words for a wider audience of named people, given when the author's own condition for it is met (a
    /// partner's preparation reaches the therapist once the other partner has agreed to the meeting).
    /// </summary>
    internal void ShareWith(PersonId by, IReadOnlyList<Guid> people, Instant now)
    {
        var named = AudiencePersonIds.Concat(people).Distinct().Order().ToList();
        ReviseTogether(by, Content, AudienceRoles, named, now);
        AudiencePersonIds = named;
    }

    /// <summary>The next proposal of an agreement, by either partner.</summary>
    internal void ProposeAgreementVersion(PersonId partner, Agreements.AgreementCheck check, Instant now)
    {
        ReviseTogether(partner, check.Content, check.Audience, now);
        AudienceRoles = [.. check.Audience];
        AudiencePersonIds = [];
    }

    /// <summary>
    /// Saves a new version of the text, date and audience; see <see cref="WrittenItem.Revise"/>. A draft that leaves its
    /// named people out (null, not empty) keeps those named now.
    /// </summary>
    public bool Edit(AuthoringContext context, int startedFrom, ItemDraft draft, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        if (Kind.HasItsOwnWorkflow())
        {
            throw new DomainRuleViolation("An agreement changes only when both partners agree a new version; a disclosure log entry, a check-in and homework stay as they were recorded.");
        }

        var check = Checked(context, draft with { Kind = Kind, Subject = Subject, IndividualSessionWith = null, AudiencePeople = draft.AudiencePeople ?? [] }, Audience.People);
        var audience = draft.Audience.Distinct().Order().ToList();
        var people = draft.AudiencePeople is null ? [.. AudiencePersonIds] : PersonIds(draft);
        if (!Revise(context.Author, startedFrom, check.Content, audience, people, now))
        {
            return false;
        }

        AudienceRoles = audience;
        AudiencePersonIds = people;
        AssessmentUsed = check.Content.AssessmentUsed;
        return true;
    }

    private static List<Guid> PersonIds(ItemDraft draft) => [.. draft.NamedPeople.Select(p => p.Value).Distinct().Order()];

    internal static WritingCheck Checked(AuthoringContext context, ItemDraft draft, IReadOnlyCollection<People.PersonId>? namedBefore = null)
    {
        var check = Authorship.Check(context, draft, namedBefore);
        if (!check.IsValid)
        {
            throw new DomainRuleViolation(check.Problems.Values.First());
        }

        return check;
    }
}
