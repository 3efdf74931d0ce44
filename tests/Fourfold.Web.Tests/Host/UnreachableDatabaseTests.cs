using System.Net;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fourfold.Web.Tests.Host;

public sealed class SqliteAppLosingItsDatabase : SqliteApp
{
    protected override bool VerifiesAuditOnDispose => false;

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

        app.LoseDatabase();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.NewClient().GetAsync("/health")).StatusCode);
    }
}

public sealed class UnreachablePostgresTests(PostgresAppLosingItsDatabase app) : IClassFixture<PostgresAppLosingItsDatabase>
{
    [Fact]
    public async Task Health_WithoutItsDatabase_Answers503()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.NewClient().GetAsync("/health")).StatusCode);

        app.LoseDatabase();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.NewClient().GetAsync("/health")).StatusCode);
    }
}
