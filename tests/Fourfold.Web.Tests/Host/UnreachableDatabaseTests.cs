using System.Net;
using System.Net.Http.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Fourfold.Web.Tests.Host;

public sealed class SqliteAppLosingItsDatabase : SqliteApp
{
    public Logging.LogCapture Logs { get; } = new();

    protected override bool VerifiesAuditOnDispose => false;

    protected override void ConfigureMore(IWebHostBuilder builder) =>
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));

    public void LoseDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabaseFile + suffix);
        }
    }
}

public sealed class PostgresAppLosingItsDatabase : PostgresApp
{
    protected override bool VerifiesAuditOnDispose => false;

    public void LoseDatabase()
    {
        using var scope = Services.CreateScope();
        var database = new NpgsqlConnectionStringBuilder(SystemDb(scope).Database.GetConnectionString()).Database;
        NpgsqlConnection.ClearAllPools();
        var server = Environment.GetEnvironmentVariable(ServerVariable)!;
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}

public sealed class UnreachableSqliteTests(SqliteAppLosingItsDatabase app) : IClassFixture<SqliteAppLosingItsDatabase>
{
    [Fact]
    public async Task Health_WithoutItsDatabase_Answers503()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.NewClient().GetAsync("/health")).StatusCode);

        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);

        app.LoseDatabase();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.NewClient().GetAsync("/health")).StatusCode);
        await UnreachableDatabase.AssertApiAnswersAProblemAsync(sam);
        Assert.Contains(app.Logs.Lines, line => line.Contains("Error: PUT /api/me/availability failed with", StringComparison.Ordinal));
    }
}

public sealed class UnreachablePostgresTests(PostgresAppLosingItsDatabase app) : IClassFixture<PostgresAppLosingItsDatabase>
{
    [Fact]
    public async Task Health_WithoutItsDatabase_Answers503()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.NewClient().GetAsync("/health")).StatusCode);

        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);

        app.LoseDatabase();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.NewClient().GetAsync("/health")).StatusCode);
        await UnreachableDatabase.AssertApiAnswersAProblemAsync(sam);
    }
}

internal static class UnreachableDatabase
{
    /// <summary>An API call that fails, even a PUT, answers 500 with a short problem and nothing of the exception.</summary>
    public static async Task AssertApiAnswersAProblemAsync(HttpClient client)
    {
        var response = await client.PutAsJsonAsync("/api/me/availability", new { weekly = Array.Empty<object>(), bufferMinutes = 10 });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Something went wrong on our side", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
