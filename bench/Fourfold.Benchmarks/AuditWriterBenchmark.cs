using BenchmarkDotNet.Attributes;
using Fourfold.Data;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Fourfold.Benchmarks;

/// <summary>
/// The audit writer: 1,000 requests each recording one read event at the same time, committed with group commit,
/// against one event per transaction. SQLite always; PostgreSQL when FOURFOLD_BENCH_POSTGRES names a server.
/// </summary>
[MemoryDiagnoser]
public class AuditWriterBenchmark
{
    private const int Requests = 1000;

    private ServiceProvider services = null!;
    private AuditTrail trail = null!;

    [Params("Sqlite", "Postgres")]
    public string Provider { get; set; } = "Sqlite";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var provider = Enum.Parse<DatabaseProvider>(Provider);
        var connectionString = provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(Path.GetTempPath(), $"fourfold-bench-{Guid.NewGuid():N}.db")}"
            : (Environment.GetEnvironmentVariable("FOURFOLD_BENCH_POSTGRES") ?? throw new InvalidOperationException("Set FOURFOLD_BENCH_POSTGRES to run the PostgreSQL case."))
              + $";Database=fourfold_bench_{Guid.NewGuid():N}";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Audit:Key"] = Convert.ToBase64String(new byte[32]),
            ["Audit:AnchorFile"] = Path.Combine(Path.GetTempPath(), $"fourfold-bench-anchor-{Guid.NewGuid():N}.log"),
        }).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton(new DatabaseSettings(provider, connectionString));
        collection.AddScoped<DataActor>();
        collection.AddDbContext<FourfoldDbContext>(options => options.UseFourfoldDatabase(provider, connectionString));
        collection.AddSingleton(AuditKey.Load(configuration));
        collection.AddSingleton(AuditAnchor.Load(configuration));
        collection.AddHttpContextAccessor();
        collection.AddSingleton(NullLoggerFactory.Instance);
        collection.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        collection.AddSingleton<AuditTrail>();
        services = collection.BuildServiceProvider();
        using (var scope = services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<DataActor>().BecomeSystem();
            var db = scope.ServiceProvider.GetRequiredService<FourfoldDbContext>();
            await db.Database.MigrateAsync();
            if (provider == DatabaseProvider.Sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
        }

        trail = services.GetRequiredService<AuditTrail>();
        await trail.StartAsync(CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await trail.StopAsync(CancellationToken.None);
        await services.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "1,000 concurrent reads, group commit")]
    public Task GroupCommit() =>
        Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => trail.RecordAsync(Read())));

    [Benchmark(Description = "1,000 reads, one transaction each")]
    public async Task OneTransactionPerEvent()
    {
        for (var i = 0; i < Requests; i++)
        {
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<DataActor>().BecomeSystem();
            var db = scope.ServiceProvider.GetRequiredService<FourfoldDbContext>();
            await trail.RunChangeAsync(db, _ => Task.FromResult<IReadOnlyList<AuditEntry>>([Read()]), CancellationToken.None);
        }
    }

    private static AuditEntry Read() =>
        new(SystemClock.Instance.GetCurrentInstant(), PersonId.New(), AuditAction.ReadItem, AuditOutcome.Succeeded, CaseId.New(), Guid.NewGuid(),
            "BetrayedPartner", "AudienceWithConsent", Guid.NewGuid().ToString(), "127.0.0.1");
}
