using Fourfold.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quartz;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Every hour, forgets the rate-limit windows that ended more than a day ago. Done apart from sign-in itself, so that a
/// burst of attempts from many addresses does not also sweep the table on every one of them.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ExpiredLimitsJob(FourfoldDbContext db, IClock clock) : IJob
{
    public static readonly JobKey Key = new("expired-rate-limits");

    /// <summary>Longer than any window counted, so that no window still running is forgotten.</summary>
    public static readonly Duration KeptFor = Duration.FromDays(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await RunAsync(cancellationToken);
    }

    public Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var expired = (clock.GetCurrentInstant() - KeptFor).ToUnixTimeSeconds();
        return db.RateLimitCounters.Where(c => c.WindowStart < expired).ExecuteDeleteAsync(cancellationToken);
    }
}
