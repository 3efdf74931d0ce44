using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Caching;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// The cases each person reaches, kept between requests by the person's cases version (which moves, in the same
/// transaction, with every change to their places on teams). The version is read with the person's row on every
/// request, so a place that ends is out of reach from the next request on, on every instance. An administrator's
/// practice-wide list is not kept: a case opened in the practice moves no person's version.
/// </summary>
public sealed class ReachableCasesKept() : KeptByVersion<PersonId, IReadOnlyList<CaseId>>(capacity: 50_000);
