using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// One reader and one case as the access decision needs them: who holds which role now, every authorization of the
/// case, and the names the team knows each other by. Only <see cref="CaseDoor.CaseAccess"/> makes one.
/// </summary>
public sealed record CaseReadContext(Case Case, Reader Reader, CaseAccessState State, IReadOnlyDictionary<PersonId, string> Names)
{
    public IReadOnlySet<CaseRole> ReaderRoles => State.RolesOf(Reader.Person);

    public bool IsMember => ReaderRoles.Count > 0;

    public string NameOf(PersonId person) => Names.GetValueOrDefault(person, "A former member of the team");
}
