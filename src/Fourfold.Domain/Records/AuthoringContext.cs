using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;
using NodaTime;

namespace Fourfold.Domain.Records;

/// <summary>The case as an author finds it when they write: the team, their own profession, and the couples policy in force.</summary>
public sealed record AuthoringContext(
    CaseId CaseId,
    PersonId Author,
    IReadOnlyDictionary<PersonId, IReadOnlySet<CaseRole>> ActiveRoles,
    ProfessionKind? Profession,
    CouplesPolicy? PolicyInForce,
    LocalDate Today)
{
    public IReadOnlySet<CaseRole> AuthorRoles => ActiveRoles.GetValueOrDefault(Author) ?? new HashSet<CaseRole>();

    /// <summary>Which partner the author is, or null for a professional.</summary>
    public PartnerRole? AuthorPartner => AuthorRoles.Select(role => role.AsPartnerRole()).FirstOrDefault(partner => partner is not null);
}
