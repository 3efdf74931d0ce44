using Microsoft.Extensions.Caching.Memory;

namespace Fourfold.Web.Infrastructure.Caching;

/// <summary>
/// Values kept in memory under the version they were read at, and handed back only while the caller's freshly read
/// version is the same: a value is never used once what it was read from has changed. Bounded in count; an entry
/// unused for twenty minutes is dropped.
/// </summary>
public class KeptByVersion<TKey, TValue>(int capacity) : IDisposable
    where TKey : notnull
    where TValue : class
{
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(20) };

    private readonly MemoryCache kept = new(new MemoryCacheOptions { SizeLimit = capacity });

    public TValue? Find(TKey key, Guid version) =>
        kept.TryGetValue(key, out Versioned? found) && found!.Version == version ? found.Value : null;

    public void Keep(TKey key, Guid version, TValue value) => kept.Set(key, new Versioned(version, value), Entry);

    public void Dispose()
    {
        kept.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed record Versioned(Guid Version, TValue Value);
}
