using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Data;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Infrastructure;
using Fourfold.Web.Infrastructure.Backup;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fourfold.Web.Tests.Operations;

/// <summary>
/// The README's backup and restore, as commands: a backup restored into an empty database holds every record, reads
/// with the same keys, and its audit chain verifies against the anchor kept beside the keys.
/// </summary>
public abstract class BackupTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task ABackupRestoredIntoAnEmptyDatabase_HoldsEverything_AndItsTrailVerifies()
    {
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var written = await HistoryEntries.WriteAsync(dana, holt, "Written before the backup", "Kept in the backup.");
        var itemId = (await written.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var directory = Path.Combine(Path.GetTempPath(), "fourfold-tests", "backup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var backup = Path.Combine(directory, "fourfold.backup");
        var target = TargetConnection(directory);
        try
        {
            Assert.Equal(0, await BackupCommands.RunAsync(app.Services, app.Services.GetRequiredService<IConfiguration>(), ["backup", "create", backup]));
            var before = await CountsAsync(app);
            File.Copy(app.AuditAnchorFile, Path.Combine(directory, "anchor.log"));

            await using (var restoring = CommandHost(target))
            {
                Assert.Equal(0, await BackupCommands.RunAsync(restoring.Services, restoring.Configuration, ["backup", "restore", backup]));
            }

            await using var restored = new ExistingDatabaseApp(app.Provider, target, Path.Combine(directory, "anchor.log"));
            Assert.Equal(before, await CountsAsync(restored));
            Assert.True((await restored.VerifyAuditAsync()).IsIntact);
            var danaAgain = await restored.SignedInAsync(DemoAccounts.DanaHolt);
            var item = await danaAgain.GetFromJsonAsync<JsonElement>($"/api/items/{itemId}");
            Assert.Equal("Written before the backup", item.GetProperty("item").GetProperty("title").GetString());
        }
        finally
        {
            DropTarget(target);
            Directory.Delete(directory, recursive: true);
        }
    }

    private string TargetConnection(string directory) => app.Provider == DatabaseProvider.Sqlite
        ? $"Data Source={Path.Combine(directory, "restored.db")}"
        : new NpgsqlConnectionStringBuilder(app.DatabaseConnectionString) { Database = "fourfold_restore_" + Guid.NewGuid().ToString("N")[..12] }.ConnectionString;

    private void DropTarget(string target)
    {
        if (app.Provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target) { Database = "postgres" }.ConnectionString);
            server.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(target).Database}\" WITH (FORCE)", server);
            drop.ExecuteNonQuery();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>The app built as its commands run it: configured, never started.</summary>
    private WebApplication CommandHost(string connectionString)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = app.Provider.ToString(),
            ["ConnectionStrings:Fourfold"] = connectionString,
            ["Audit:Key"] = Convert.ToBase64String("the audit key of this test fixture, 32+ bytes"u8.ToArray()),
            ["Encryption:Keys:k1"] = Convert.ToBase64String(FourfoldAppFactory.FirstEncryptionKey),
        });
        builder.AddFourfold();
        return builder.Build();
    }

    private static async Task<string> CountsAsync(FourfoldAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        return string.Join('/',
            await db.Users.CountAsync(), await db.Practices.CountAsync(), await db.Cases.CountAsync(), await db.CaseMemberships.CountAsync(),
            await db.Authorizations.CountAsync(), await db.ClinicalItems.CountAsync(), await db.PsychotherapyNotes.CountAsync(),
            await db.Sessions.CountAsync(), await db.Availabilities.CountAsync(), await db.AuditEvents.CountAsync(), await db.AuditItemReads.CountAsync(),
            await db.DataProtectionKeys.CountAsync());
    }
}

/// <summary>The app on a database that already exists, with a given audit anchor.</summary>
public sealed class ExistingDatabaseApp(DatabaseProvider provider, string connectionString, string anchorFile) : FourfoldAppFactory
{
    public override DatabaseProvider Provider => provider;

    public override string AuditAnchorFile => anchorFile;

    protected override string ConnectionString => connectionString;
}

public sealed class BackupTestsOnSqlite(SqliteApp app) : BackupTests(app), IClassFixture<SqliteApp>;

public sealed class BackupTestsOnPostgres(PostgresApp app) : BackupTests(app), IClassFixture<PostgresApp>;
