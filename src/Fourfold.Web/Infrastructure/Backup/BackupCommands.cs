using System.Diagnostics;
using Fourfold.Data;
using Fourfold.Web.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Fourfold.Web.Infrastructure.Backup;

/// <summary>
/// <c>backup create &lt;file&gt;</c> and <c>backup restore &lt;file&gt;</c>. SQLite is copied page by page with its online
/// backup API (the app may keep running); PostgreSQL is dumped and restored with <c>pg_dump</c>/<c>pg_restore</c> in
/// their custom format. A backup holds the database only: the encryption keys, the audit key and the audit anchor file
/// are kept apart from it, as the README says, so that a stolen backup reads as ciphertext.
/// </summary>
internal static class BackupCommands
{
    public static bool IsCommand(string[] args) => args is ["backup", ..];

    public static async Task<int> RunAsync(IServiceProvider services, IConfiguration configuration, string[] args)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = services.GetRequiredService<DatabaseSettings>();
        switch (args)
        {
            case ["backup", "create", var file]:
                await CreateAsync(settings, configuration, Path.GetFullPath(file));
                Console.WriteLine($"Backup written to {Path.GetFullPath(file)}.");
                return 0;
            case ["backup", "restore", var file] when File.Exists(file):
                await RestoreAsync(settings, configuration, Path.GetFullPath(file));
                Console.WriteLine($"Restored from {Path.GetFullPath(file)}. Start the app (it migrates the restored database if it is older), then run `audit verify`: "
                    + "if the audit anchor file has heads later than this backup, it reports the trail as rolled back to the backup's last event, which it is.");
                return 0;
            default:
                await Console.Error.WriteLineAsync("Usage: backup create <file> | backup restore <existing file>");
                return 2;
        }
    }

    private static async Task CreateAsync(DatabaseSettings settings, IConfiguration configuration, string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(settings.ConnectionString);
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
            await source.OpenAsync();
            await target.OpenAsync();
            source.BackupDatabase(target);
            return;
        }

        await PostgresToolAsync("pg_dump", configuration, OwnerOrApp(settings, configuration), ["--format=custom", "--no-owner", "--no-privileges", "--file", file]);
    }

    private static async Task RestoreAsync(DatabaseSettings settings, IConfiguration configuration, string file)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var target = new SqliteConnectionStringBuilder(settings.ConnectionString) { Pooling = false };
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target.DataSource))!);
            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
            await using var destination = new SqliteConnection(target.ConnectionString);
            await source.OpenAsync();
            await destination.OpenAsync();
            source.BackupDatabase(destination);
            return;
        }

        var connection = OwnerOrApp(settings, configuration);
        await CreateDatabaseIfMissingAsync(connection);
        await PostgresToolAsync("pg_restore", configuration, connection, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", file]);
    }

    /// <summary>The schema's owner restores and dumps when one is configured: the app's own role may not read everything back in.</summary>
    private static string OwnerOrApp(DatabaseSettings settings, IConfiguration configuration) =>
        configuration[DatabaseRoles.MigrationConnectionSetting] is { Length: > 0 } owner ? owner : settings.ConnectionString;

    private static async Task CreateDatabaseIfMissingAsync(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await server.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", server);
        exists.Parameters.AddWithValue("name", target.Database ?? "");
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", server);
            await create.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Runs pg_dump or pg_restore against the database of <paramref name="connectionString"/>, its password passed in the environment.</summary>
    private static async Task PostgresToolAsync(string tool, IConfiguration configuration, string connectionString, IReadOnlyList<string> arguments)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(ToolPath(tool, configuration)) { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--host=" + (connection.Host ?? "localhost"));
        start.ArgumentList.Add("--port=" + connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(connection.Username))
        {
            start.ArgumentList.Add("--username=" + connection.Username);
        }

        start.ArgumentList.Add("--dbname=" + connection.Database);
        start.ArgumentList.Add("--no-password");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (!string.IsNullOrEmpty(connection.Password))
        {
            start.Environment["PGPASSWORD"] = connection.Password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started.");
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors.Trim()}");
        }
    }

    /// <summary><c>Backup:PostgresBin</c>, else the newest of Debian's PostgreSQL installations, else the PATH.</summary>
    private static string ToolPath(string tool, IConfiguration configuration)
    {
        if (configuration["Backup:PostgresBin"] is { Length: > 0 } configured)
        {
            return Path.Combine(configured, tool);
        }

        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                .Select(d => Path.Combine(d, "bin", tool)).FirstOrDefault(File.Exists)
            : null;
        return debian ?? tool;
    }
}
