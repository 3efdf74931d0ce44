using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Caching;

namespace Fourfold.Web.Features.CaseDoor;

/// <summary>
/// What the door reads of a case before deciding anything (the case with its team, policy and acknowledgements, and
/// its authorizations), kept in memory by the case's version. Every change to any of these moves the version in the
/// same transaction, and the door reads the version on every request, so a view is used only while it is current: a
/// change made on any instance is seen on the very next request on every instance. A view is read after its version,
/// so it is never older than the version it is kept under.
/// </summary>
public sealed class CaseViews() : KeptByVersion<CaseId, CaseView>(capacity: 10_000);

/// <summary>
/// A case as it stood at one version, shared by every reader's requests while the version stands; nothing may change
/// it (changes load the case afresh, tracked).
/// </summary>
public sealed record CaseView(
    Case Case,
    IReadOnlyDictionary<PersonId, IReadOnlySet<CaseRole>> ActiveRoles,
    IReadOnlyList<Authorization> Authorizations,
    IReadOnlyDictionary<PersonId, string> Names);
