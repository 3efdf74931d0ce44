using Fourfold.Data;
using Fourfold.Data.Limits;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Fixed-window limits counted in the database, so that several instances of the app share one count: each use is one
/// atomic upsert that returns how many uses the window has seen, this one included. Ended windows are forgotten by
/// <see cref="ExpiredLimitsJob"/>.
/// </summary>
public sealed class SharedLimits(FourfoldDbContext db, IClock clock)
{
    /// <summary>Counts one use of <paramref name="key"/>; refused, with the wait until the window ends, beyond <paramref name="permits"/>.</summary>
    public async Task<LimitVerdict> TakeAsync(string key, int permits, Duration window, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var boundedKey = key.Length <= RateLimitCounter.MaxKeyLength ? key : key[..RateLimitCounter.MaxKeyLength];
        var now = clock.GetCurrentInstant().ToUnixTimeSeconds();
        var length = (long)window.TotalSeconds;
        var windowStart = now - (now % length);
        var counted = await db.Database.SqlQuery<int>($"""
            INSERT INTO "RateLimitCounters" ("Key", "WindowStart", "Count") VALUES ({boundedKey}, {windowStart}, 1)
            ON CONFLICT ("Key", "WindowStart") DO UPDATE SET "Count" = "RateLimitCounters"."Count" + 1
            RETURNING "Count" AS "Value"
            """).ToListAsync(cancellationToken);
        return counted.Single() <= permits
            ? new LimitVerdict(true, Duration.Zero)
            : new LimitVerdict(false, Duration.FromSeconds(windowStart + length - now));
    }
}

public sealed record LimitVerdict(bool IsAllowed, Duration RetryAfter);
