using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using NodaTime;

namespace Fourfold.Domain.Records;

/// <summary>
/// What an author asks to write. <see cref="IndividualSessionWith"/> marks an item from an individual session with
/// the couples therapist, whose subject the confidentiality policy in force decides. <see cref="AudiencePeople"/> names
/// people of the team the item is for beyond its <see cref="Audience"/> roles: a role's audience follows the role to
/// whoever holds it, a named person's stays with that person.
/// </summary>
public sealed record ItemDraft(
    ItemKind Kind,
    ItemSubject? Subject,
    IReadOnlyList<CaseRole> Audience,
    string? Title,
    string? Body,
    LocalDate? OccurredOn,
    string? AssessmentUsed = null,
    PartnerRole? IndividualSessionWith = null,
    IReadOnlyList<People.PersonId>? AudiencePeople = null)
{
    public IReadOnlyList<People.PersonId> NamedPeople => AudiencePeople ?? [];
}
