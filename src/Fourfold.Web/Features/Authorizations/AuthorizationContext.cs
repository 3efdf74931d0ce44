using Fourfold.Domain.Access;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>
/// A case's team and authorizations as one member finds them through the door. The authorizations are the door's
/// shared view of the case: a change loads the one it changes afresh (<see cref="SharingQuery.TrackedAsync"/>).
/// </summary>
public sealed record AuthorizationContext(
    Case Case,
    PersonId Reader,
    IReadOnlySet<CaseRole> ReaderRoles,
    PartnerRole? ReaderPartner,
    string ReaderName,
    string ReaderZone,
    IReadOnlyDictionary<PersonId, string> Names,
    IReadOnlyList<Authorization> Authorizations,
    IReadOnlyList<ItemFacts> Items)
{
    /// <summary>The case as the access decision sees it, with a given set of authorizations in force.</summary>
    public CaseAccessState AccessStateWith(IReadOnlyList<Authorization> authorizations) =>
        new(Case.Id, Case.PracticeId,
            Case.ActiveRoles(),
            authorizations);

    /// <summary>The authorizations this reader may see (<see cref="Authorization.IsShownTo"/>).</summary>
    public IEnumerable<Authorization> Visible => Authorizations.Where(a => a.IsShownTo(Reader, ReaderRoles));
}
