using Fourfold.Data;
using Npgsql;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>
/// A fresh database on the PostgreSQL server named by FOURFOLD_TEST_POSTGRES (the test command starts a throwaway
/// cluster and sets it): a copy of the run's migrated and seeded template, unless told otherwise, in which case the
/// app's own migration creates it at start. It is dropped afterwards.
/// </summary>
public class PostgresApp : FourfoldAppFactory
{
    public const string ServerVariable = "FOURFOLD_TEST_POSTGRES";

    private readonly string databaseName = "fourfold_test_" + Guid.NewGuid().ToString("N")[..12];

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public string DatabaseName => databaseName;

    /// <summary>False only for the template, which outlives its app.</summary>
    protected virtual bool DropsDatabase => true;

    protected override string ConnectionString
    {
        get
        {
            var server = Environment.GetEnvironmentVariable(ServerVariable);
            if (string.IsNullOrWhiteSpace(server))
            {
                throw new InvalidOperationException(
                    $"{ServerVariable} is not set. Run the README's test command, which starts PostgreSQL, or set it to a server connection string.");
            }

            return new NpgsqlConnectionStringBuilder(server) { Database = databaseName }.ConnectionString;
        }
    }

    protected override void CopyTemplate() => TemplateDatabases.CopyPostgresTo(databaseName);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && DropsDatabase && Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}
