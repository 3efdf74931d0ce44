using Fourfold.Domain.Cases;
using Fourfold.Domain.People;

namespace Fourfold.Domain.Access;

/// <summary>Who the author means an item for: case roles, and optionally named people.</summary>
public sealed record Audience(IReadOnlySet<CaseRole> Roles, IReadOnlySet<PersonId> People)
{
    public static Audience Of(params CaseRole[] roles) => new(roles.ToHashSet(), new HashSet<PersonId>());

    public bool Includes(PersonId person, IReadOnlySet<CaseRole> roles) =>
        People.Contains(person) || roles.Any(Roles.Contains);
}
