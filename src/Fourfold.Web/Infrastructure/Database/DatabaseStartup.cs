using Fourfold.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Infrastructure.Database;

/// <summary>Creates and migrates the database before the app answers its first request.</summary>
internal static class DatabaseStartup
{
    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromHours(1);

    public static async Task MigrateAsync(FourfoldDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteDirectory(db.Database.GetConnectionString());
        }

        // A migration may rewrite or index a table of millions of audit events; it has no request waiting on it.
        var requestTimeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(MigrationTimeout);
        await db.Database.MigrateAsync(cancellationToken);
        db.Database.SetCommandTimeout(requestTimeout);

        if (provider == DatabaseProvider.Sqlite)
        {
            // WAL survives a crash of the app with every acknowledged commit and lets readers work during a write.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static void EnsureSqliteDirectory(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
