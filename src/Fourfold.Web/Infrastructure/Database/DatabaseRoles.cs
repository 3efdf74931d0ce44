using Fourfold.Data;
using Fourfold.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Fourfold.Web.Infrastructure.Database;

/// <summary>
/// On PostgreSQL the schema can belong to another role than the one the app runs as: with
/// <c>Database:MigrationConnection</c> set, migrations run as that owner, which then grants the app's role what it needs
/// and no more. On the audit tables that is reading and adding rows: the app cannot update or delete events, nor switch
/// off the triggers that forbid it (only a table's owner can). It may create tables of its own (the scheduler's).
/// </summary>
internal static class DatabaseRoles
{
    public const string MigrationConnectionSetting = "Database:MigrationConnection";

    private static readonly string[] AppendOnlyTables = ["AuditEvents", "AuditItemReads"];

    /// <summary>Migrates as the owner when one is configured (and grants the app's role), else as the app itself.</summary>
    public static async Task MigrateAsync(FourfoldDbContext appDb, DatabaseSettings settings, IConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appDb);
        ArgumentNullException.ThrowIfNull(settings);
        var ownerConnection = configuration[MigrationConnectionSetting];
        if (settings.Provider != DatabaseProvider.Postgres || string.IsNullOrWhiteSpace(ownerConnection))
        {
            await DatabaseStartup.MigrateAsync(appDb, settings.Provider, cancellationToken);
            return;
        }

        var options = new DbContextOptionsBuilder<FourfoldDbContext>();
        options.UseFourfoldDatabase(settings.Provider, ownerConnection);
        await using var owner = new FourfoldDbContext(options.Options, DataActor.System());
        await DatabaseStartup.MigrateAsync(owner, settings.Provider, cancellationToken);
        var appRole = new NpgsqlConnectionStringBuilder(settings.ConnectionString).Username;
        var ownerRole = new NpgsqlConnectionStringBuilder(ownerConnection).Username;
        if (!string.IsNullOrEmpty(appRole) && !string.Equals(appRole, ownerRole, StringComparison.Ordinal))
        {
            await GrantAsync(owner, appRole, cancellationToken);
        }
    }

    private static async Task GrantAsync(FourfoldDbContext owner, string appRole, CancellationToken cancellationToken)
    {
        var role = Quoted(appRole);
        var statements = new List<string>
        {
            $"GRANT USAGE, CREATE ON SCHEMA public TO {role}",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            $"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}",
            $"REVOKE ALL ON \"__EFMigrationsHistory\" FROM {role}",
        };
        statements.AddRange(AppendOnlyTables.Select(table => $"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON {Quoted(table)} FROM {role}"));
        foreach (var statement in statements)
        {
#pragma warning disable EF1002 // Identifiers cannot be parameters; the role name is quoted, and both come from the operator's configuration.
            await owner.Database.ExecuteSqlRawAsync(statement, cancellationToken);
#pragma warning restore EF1002
        }
    }

    private static string Quoted(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
