using System.Net;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fourfold.Web.Tests.Auditing;

/// <summary>The app as PostgreSQL should run it: migrated by the owner of the schema, serving as a role of its own.</summary>
public sealed class PostgresAppWithItsOwnRole : PostgresApp
{
    /// <summary>Its demo data is written by the app under its own settings.</summary>
    protected override bool StartsFromTemplate => false;

    public const string AppRole = "fourfold_app";

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(base.ConnectionString) { Username = AppRole }.ConnectionString;

    /// <summary>The schema's owner: the role the test server's connection names.</summary>
    public string OwnerConnectionString => base.ConnectionString;

    protected override void ConfigureMore(IWebHostBuilder builder)
    {
        using (var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(OwnerConnectionString) { Database = "postgres" }.ConnectionString))
        {
            server.Open();
            using var create = new NpgsqlCommand($"DO $$ BEGIN CREATE ROLE {AppRole} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$", server);
            create.ExecuteNonQuery();
        }

        builder.UseSetting("Database:MigrationConnection", OwnerConnectionString);
    }
}

/// <summary>
/// The app cannot rewrite its own audit trail: its role may read and add events but not change or delete them, nor
/// switch off the triggers that forbid it; everything else works as before.
/// </summary>
public sealed class AuditPrivilegeTests(PostgresAppWithItsOwnRole app) : IClassFixture<PostgresAppWithItsOwnRole>
{
    [Theory]
    [InlineData("UPDATE \"AuditEvents\" SET \"Outcome\" = 'Denied'")]
    [InlineData("DELETE FROM \"AuditEvents\"")]
    [InlineData("TRUNCATE \"AuditEvents\"")]
    [InlineData("ALTER TABLE \"AuditEvents\" DISABLE TRIGGER USER")]
    [InlineData("DROP TRIGGER audit_events_append_only ON \"AuditEvents\"")]
    [InlineData("UPDATE \"AuditItemReads\" SET \"ItemId\" = gen_random_uuid()")]
    [InlineData("DELETE FROM \"AuditItemReads\"")]
    [InlineData("ALTER TABLE \"AuditItemReads\" DISABLE TRIGGER USER")]
    public async Task TheAppsRole_CannotRewriteTheTrail(string statement)
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        Assert.Equal(PostgresAppWithItsOwnRole.AppRole, new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Username);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(statement));

        Assert.Contains(refused.SqlState, new[] { PostgresErrorCodes.InsufficientPrivilege });
        Assert.True((await app.VerifyAuditAsync()).IsIntact);
    }

    [Fact]
    public async Task UnderItsOwnRole_TheAppSignsInReadsWritesAndAudits()
    {
        long before;
        using (var start = app.Services.CreateScope())
        {
            before = await FourfoldAppFactory.SystemDb(start).AuditEvents.MaxAsync(e => e.Sequence);
        }

        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var holt = await Sharing.CaseIdAsync(app, "Holt");

        Assert.Equal(HttpStatusCode.OK, (await dana.GetAsync($"/api/cases/{holt}/timeline")).StatusCode);
        var written = await HistoryEntries.WriteAsync(dana, holt, "A quiet week", "We walked every evening.");
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        using var scope = app.Services.CreateScope();
        var actions = await FourfoldAppFactory.SystemDb(scope).AuditEvents.Where(e => e.Sequence > before).Select(e => e.Action).ToListAsync();
        Assert.Contains("SignIn", actions);
        Assert.Contains("ReadItems", actions);
        Assert.Contains("ItemWritten", actions);
    }
}
