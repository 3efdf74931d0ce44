using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Web.Features.Records;

/// <summary>An item's current version as a reader is shown it, read without its history.</summary>
public sealed record ItemView(
    ItemId Id,
    CaseId CaseId,
    ItemKind Kind,
    ItemSubject Subject,
    PersonId Holder,
    PersonId Author,
    IReadOnlyList<CaseRole> AudienceRoles,
    IReadOnlyList<Guid> AudiencePeople,
    LocalDate OccurredOn,
    Instant RecordedAt,
    Instant LastEditedAt,
    int Version,
    string Title,
    string Body,
    string? AssessmentUsed,
    PartnerRole? IndividualSessionWith,
    ConfidentialityPolicy? PolicyInForce)
{
    public Category Category => Kind.CategoryOf();

    public ItemFacts Facts => ItemHeader.Of(this).Facts;

    public static ItemView From(WrittenItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var clinical = item as ClinicalItem;
        return new ItemView(item.Id, item.CaseId, clinical?.Kind ?? ItemKind.PsychotherapyNote, item.Subject, item.Holder, item.Author,
            clinical?.AudienceRoles ?? [], clinical?.AudiencePersonIds ?? [], item.OccurredOn, item.RecordedAt, item.LastEditedAt, item.Version, item.Title, item.Body,
            clinical?.AssessmentUsed, clinical?.IndividualSessionWith, clinical?.PolicyInForce);
    }
}
