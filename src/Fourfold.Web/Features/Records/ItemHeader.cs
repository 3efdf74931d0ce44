using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;

namespace Fourfold.Web.Features.Records;

/// <summary>An item without its text: what the access decision needs to know of it, and where it sits in the timeline.</summary>
public sealed record ItemHeader(ItemId Id, CaseId CaseId, ItemKind Kind, ItemSubject Subject, PersonId Holder, PersonId Author, IReadOnlyList<CaseRole> AudienceRoles, IReadOnlyList<Guid> AudiencePeople)
{
    public ItemFacts Facts => new(Id.Value, CaseId, Holder, Author, Subject, Kind.CategoryOf(), new Audience(AudienceRoles.ToHashSet(), AudiencePeople.Select(PersonId.From).ToHashSet()));

    public static ItemHeader Of(ItemView item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.CaseId, item.Kind, item.Subject, item.Holder, item.Author, item.AudienceRoles, item.AudiencePeople);
    }
}
