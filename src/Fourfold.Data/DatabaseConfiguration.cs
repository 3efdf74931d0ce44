using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fourfold.Data;

/// <summary>The one place where the two database providers differ: which driver, and which migrations assembly.</summary>
public static class DatabaseConfiguration
{
    public const string SqliteMigrationsAssembly = "Fourfold.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "Fourfold.Data.Postgres";

    public static DbContextOptionsBuilder UseFourfoldDatabase(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Every case-scoped query carries the actor's case ids (the tenant filter). As one array parameter the SQL is
        // the same for every actor, so EF Core and the database keep their compiled and prepared forms; as one
        // parameter per case, each count of cases is new SQL to generate and parse on every request.
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly(SqliteMigrationsAssembly)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            DatabaseProvider.Postgres => options.UseNpgsql(WithoutResetOnClose(connectionString), npgsql => npgsql
                .MigrationsAssembly(PostgresMigrationsAssembly)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
        };

        // Cases and their memberships carry the same tenant filter, so a required navigation between them cannot leak.
        options.ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
        return options;
    }

    /// <summary>
    /// Fourfold keeps no session state on a PostgreSQL connection (its only lock is transaction-scoped), so a pooled
    /// connection need not be reset with a round trip each time a query returns it.
    /// </summary>
    private static string WithoutResetOnClose(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;

    public static DatabaseProvider ParseProvider(string? value) =>
        value?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException($"Database:Provider '{value}' is not supported: use Sqlite or Postgres."),
        };
}
