using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Records;

/// <summary>One saved state of an item: who saved it, when, and what it said and to whom.</summary>
public sealed class ItemVersion
{
    private ItemVersion()
    {
        Title = "";
        Body = "";
        AudienceRoles = [];
        AudiencePersonIds = [];
    }

    internal ItemVersion(int number, PersonId editedBy, Instant editedAt, ItemContent content, IReadOnlyList<CaseRole> audienceRoles, IReadOnlyList<Guid> audiencePersonIds)
    {
        Id = Guid.CreateVersion7();
        Number = number;
        EditedBy = editedBy;
        EditedAt = editedAt;
        Title = content.Title;
        Body = content.Body;
        OccurredOn = content.OccurredOn;
        AssessmentUsed = content.AssessmentUsed;
        AudienceRoles = [.. audienceRoles];
        AudiencePersonIds = [.. audiencePersonIds];
    }

    public Guid Id { get; private set; }

    public int Number { get; private set; }

    public PersonId EditedBy { get; private set; }

    public Instant EditedAt { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public LocalDate OccurredOn { get; private set; }

    public string? AssessmentUsed { get; private set; }

    public List<CaseRole> AudienceRoles { get; private set; }

    /// <summary>People named in the audience of this version, by person id.</summary>
    public List<Guid> AudiencePersonIds { get; private set; }

    public ItemContent Content => new(Title, Body, OccurredOn, AssessmentUsed);
}
