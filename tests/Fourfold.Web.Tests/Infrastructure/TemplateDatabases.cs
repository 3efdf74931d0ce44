using Microsoft.Data.Sqlite;
using NodaTime;
using Npgsql;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>
/// One database per provider, migrated and seeded with the demo data by the app itself once per test run. A fixture
/// starts on its own copy of it, so that a hundred fixtures do not each run every migration and seed the same people:
/// the app still starts as it does in production, on a database that is already there.
/// </summary>
internal static class TemplateDatabases
{
    /// <summary>
    /// When the demo data was seeded; every fixture's clock starts here, so that the demo's "yesterday" and "next
    /// week" mean for each fixture what they meant when they were written.
    /// </summary>
    public static readonly Instant SeededAt = SystemClock.Instance.GetCurrentInstant();

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "fourfold-tests", "template-" + Guid.NewGuid().ToString("N")[..12]);
    private static readonly Lazy<string> SqliteFile = new(BuildSqlite, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> PostgresDatabase = new(BuildPostgres, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock Copying = new();

    static TemplateDatabases() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove();

    public static void CopySqliteTo(string file) => File.Copy(SqliteFile.Value, file);

    /// <summary>Creates <paramref name="database"/> on the test server as a copy of the template.</summary>
    public static void CopyPostgresTo(string database)
    {
        var template = PostgresDatabase.Value;

        // PostgreSQL copies a template only while nobody else is connected to it, another copy included.
        lock (Copying)
        {
            using var server = OpenServer();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"", server);
            create.ExecuteNonQuery();
        }
    }

    private static string BuildSqlite()
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, "fourfold.db");
        using var app = new TemplateSqliteApp();
        _ = app.Services;
        using var source = new SqliteConnection($"Data Source={app.DatabaseFile};Pooling=False");
        using var target = new SqliteConnection($"Data Source={file};Pooling=False");
        source.Open();
        source.BackupDatabase(target);
        return file;
    }

    private static string BuildPostgres()
    {
        var app = new TemplatePostgresApp();
        try
        {
            _ = app.Services;
        }
        finally
        {
            app.Dispose();
            NpgsqlConnection.ClearAllPools();
        }

        return app.DatabaseName;
    }

    private static NpgsqlConnection OpenServer()
    {
        var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresApp.ServerVariable)) { Database = "postgres", Pooling = false }.ConnectionString);
        server.Open();
        return server;
    }

    private static void Remove()
    {
        try
        {
            if (PostgresDatabase.IsValueCreated)
            {
                using var server = OpenServer();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{PostgresDatabase.Value}\" WITH (FORCE)", server);
                drop.ExecuteNonQuery();
            }

            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
        catch (Exception exception) when (exception is NpgsqlException or IOException)
        {
            // A template left behind is removed with the test run's throwaway cluster and temp folder.
        }
    }

    private sealed class TemplateSqliteApp : SqliteApp
    {
        protected override bool StartsFromTemplate => false;
    }

    private sealed class TemplatePostgresApp : PostgresApp
    {
        protected override bool StartsFromTemplate => false;

        protected override bool DropsDatabase => false;
    }
}
