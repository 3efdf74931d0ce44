using Fourfold.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Fourfold.Web.Infrastructure.Database;

/// <summary>Healthy when the database answers a query.</summary>
internal sealed class DatabaseHealthCheck(FourfoldDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database cannot be reached.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }
    }
}
