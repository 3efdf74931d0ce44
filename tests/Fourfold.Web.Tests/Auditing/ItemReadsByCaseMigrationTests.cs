using Fourfold.Data;
using Fourfold.Data.Audit;
using Fourfold.Data.Tenancy;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql;

namespace Fourfold.Web.Tests.Auditing;

/// <summary>
/// "Who has read it" rows written before they were keyed by case are carried over with the case their event names,
/// and the table stays append-only.
/// </summary>
public sealed class ItemReadsByCaseMigrationTests
{
    private const string MigrationBefore = "AudiencePeople";

    [Fact]
    public async Task OnSqlite_EachRowTakesItsEventsCase_AndStaysAppendOnly()
    {
        var file = Path.Combine(Path.GetTempPath(), $"fourfold-migration-{Guid.NewGuid():N}.db");
        try
        {
            await CarriesRowsOverAsync(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task OnPostgres_EachRowTakesItsEventsCase_AndStaysAppendOnly()
    {
        var server = Environment.GetEnvironmentVariable(PostgresApp.ServerVariable)
            ?? throw new InvalidOperationException($"{PostgresApp.ServerVariable} is not set; the test command sets it.");
        var name = "fourfold_migration_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await CarriesRowsOverAsync(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task CarriesRowsOverAsync(DatabaseProvider provider, string connectionString)
    {
        var caseId = Guid.NewGuid();
        var readItem = Guid.NewGuid();
        var listedItem = Guid.NewGuid();
        await using (var db = Context(provider, connectionString))
        {
            await db.GetService<IMigrator>().MigrateAsync(MigrationBefore);
            db.AuditEvents.AddRange(
                Event(1, "ReadItem", caseId, readItem, ""),
                Event(2, "ReadItems", caseId, null, $"{listedItem}:BetrayedPartner:RecordHolder:"));
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "AuditItemReads" ("ItemId", "Sequence") VALUES ({readItem}, {1L}), ({listedItem}, {2L})""");
        }

        await using (var db = Context(provider, connectionString))
        {
            await db.Database.MigrateAsync();
            var rows = await db.AuditItemReads.OrderBy(r => r.Sequence).ToListAsync();
            Assert.Equal(
                [(caseId, readItem, 1L), (caseId, listedItem, 2L)],
                rows.Select(r => (r.AuditedCaseId, r.ItemId, r.Sequence)).ToList());
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditItemReads" """));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "AuditItemReads" SET "Sequence" = 3"""));
            Assert.Equal(2, await db.AuditItemReads.CountAsync());
        }
    }

    private static FourfoldDbContext Context(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<FourfoldDbContext>();
        options.UseFourfoldDatabase(provider, connectionString);
        return new FourfoldDbContext(options.Options, DataActor.System());
    }

    private static AuditEventRecord Event(long sequence, string action, Guid caseId, Guid? item, string items) => new()
    {
        Sequence = sequence,
        At = Instant.FromUtc(2026, 11, 20, 9, 0),
        ActorId = Guid.NewGuid(),
        Action = action,
        Outcome = "Succeeded",
        AuditedCaseId = caseId,
        ItemId = item,
        Subjects = "BetrayedPartner",
        Rule = "RecordHolder",
        Items = items,
        PreviousHash = new string('0', 64),
        Hash = new string('1', 64),
    };
}
