using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Records;

/// <summary>
/// What every item of a record shares: its case, holder, author and subject, and its text kept in versions. An edit
/// names the version it started from; if someone saved a newer one meanwhile, the edit is refused rather than
/// overwriting theirs.
/// </summary>
public abstract class WrittenItem : ICaseScoped
{
    public const string StaleEditMessage =
        "Someone saved a newer version of this item while you were editing. Your text is still in the form: compare it with the newer version below, then save again.";

    /// <summary>Visible to the persistence layer by name, as the backing field of <see cref="Versions"/>.</summary>
    private protected readonly List<ItemVersion> savedVersions = [];

    protected WrittenItem()
    {
        Title = "";
        Body = "";
    }

    protected WrittenItem(ItemId id, CaseId caseId, PersonId author, ItemSubject subject, ItemContent content, IReadOnlyList<CaseRole> audience, IReadOnlyList<Guid> audiencePeople, Instant now)
    {
        ArgumentNullException.ThrowIfNull(content);
        Id = id;
        CaseId = caseId;
        Holder = author;
        Author = author;
        Subject = subject;
        RecordedAt = now;
        Title = content.Title;
        Body = content.Body;
        Apply(author, content, audience, audiencePeople, now);
    }

    public ItemId Id { get; private set; }

    public CaseId CaseId { get; private set; }

    /// <summary>Whose record this is; they alone may change it.</summary>
    public PersonId Holder { get; private set; }

    public PersonId Author { get; private set; }

    public ItemSubject Subject { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    /// <summary>The day the item is about: when it happened, or when the session or assessment took place.</summary>
    public LocalDate OccurredOn { get; private set; }

    public Instant RecordedAt { get; private set; }

    public Instant LastEditedAt { get; private set; }

    /// <summary>The number of the current version, starting at 1.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<ItemVersion> Versions => savedVersions;

    public abstract Category Category { get; }

    public ItemContent Content => new(Title, Body, OccurredOn, AssessmentUsedOrNull);

    protected virtual string? AssessmentUsedOrNull => null;

    public abstract ItemFacts Facts { get; }

    /// <summary>
    /// Saves a new version. Refused when the editor is not the holder, or when <paramref name="startedFrom"/> is not the
    /// current version. Returns false when nothing changed, so that no empty version is kept.
    /// </summary>
    protected bool Revise(PersonId editor, int startedFrom, ItemContent content, IReadOnlyList<CaseRole> audience, IReadOnlyList<Guid> audiencePeople, Instant now)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(audiencePeople);
        if (editor != Holder)
        {
            throw new DomainRuleViolation("Only the person who holds this record can change it.");
        }

        if (startedFrom != Version)
        {
            throw new DomainRuleViolation(StaleEditMessage);
        }

        var current = savedVersions.Count > 0 ? savedVersions[^1] : null;
        if (current is not null && current.Content == content && current.AudienceRoles.Order().SequenceEqual(audience.Order())
            && current.AudiencePersonIds.Order().SequenceEqual(audiencePeople.Order()))
        {
            return false;
        }

        Apply(editor, content, audience, audiencePeople, now);
        return true;
    }

    /// <summary>
    /// A new version written by one of the people who hold the record together (both partners of an agreement); their
    /// workflow has already checked who may write it and from which version.
    /// </summary>
    private protected void ReviseTogether(PersonId editor, ItemContent content, IReadOnlyList<CaseRole> audience, Instant now) =>
        Apply(editor, content, audience, [], now);

    /// <summary>The same, for an audience that also names people.</summary>
    private protected void ReviseTogether(PersonId editor, ItemContent content, IReadOnlyList<CaseRole> audience, IReadOnlyList<Guid> people, Instant now) =>
        Apply(editor, content, audience, people, now);

    private void Apply(PersonId editor, ItemContent content, IReadOnlyList<CaseRole> audience, IReadOnlyList<Guid> audiencePeople, Instant now)
    {
        Title = content.Title;
        Body = content.Body;
        OccurredOn = content.OccurredOn;
        LastEditedAt = now;
        Version++;
        savedVersions.Add(new ItemVersion(Version, editor, now, content, audience, audiencePeople));
    }
}
