using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Practices;

namespace Fourfold.Domain.Access;

/// <summary>A case as the access decision sees it at one instant: its practice, who holds which roles, and its authorizations.</summary>
public sealed record CaseAccessState(
    CaseId CaseId,
    PracticeId PracticeId,
    IReadOnlyDictionary<PersonId, IReadOnlySet<CaseRole>> ActiveRoles,
    IReadOnlyList<Authorization> Authorizations)
{
    private static readonly IReadOnlySet<CaseRole> NoRoles = new HashSet<CaseRole>();

    public IReadOnlySet<CaseRole> RolesOf(PersonId person) => ActiveRoles.GetValueOrDefault(person) ?? NoRoles;

    /// <summary>The person in a partner role, if that partner is on the case.</summary>
    public PersonId? Partner(PartnerRole partner) =>
        ActiveRoles.Where(pair => pair.Value.Contains(partner.AsCaseRole())).Select(pair => (PersonId?)pair.Key).FirstOrDefault();
}
