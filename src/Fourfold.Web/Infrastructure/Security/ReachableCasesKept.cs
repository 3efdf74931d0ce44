using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Microsoft.Extensions.Caching.Memory;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// The cases each person reaches, kept between requests by the person's cases version (which moves, in the same
/// transaction, with every change to their places on teams). The version is read with the person's row on every
/// request, so a place that ends is out of reach from the next request on, on every instance. An administrator's
/// practice-wide list is not kept: a case opened in the practice moves no person's version.
/// </summary>
public sealed class ReachableCasesKept : IDisposable
{
    private const int PeopleKept = 50_000;

    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(20) };

    private readonly MemoryCache kept = new(new MemoryCacheOptions { SizeLimit = PeopleKept });

    public IReadOnlyList<CaseId>? Find(PersonId person, Guid version) =>
        kept.TryGetValue(person, out Reachable? reachable) && reachable!.Version == version ? reachable.Cases : null;

    public void Keep(PersonId person, Guid version, IReadOnlyList<CaseId> cases) => kept.Set(person, new Reachable(version, cases), Entry);

    public void Dispose() => kept.Dispose();

    private sealed record Reachable(Guid Version, IReadOnlyList<CaseId> Cases);
}
