using Fourfold.Data;

namespace Fourfold.Benchmarks.Seeding;

/// <summary><c>seed --provider Sqlite|Postgres --connection "…" [--cases 2000] [--items-per-case 250] [--audit-events 5000000]</c>.</summary>
internal sealed record SeedOptions(DatabaseProvider Provider, string ConnectionString, int Cases, int ItemsPerCase, int AuditEvents)
{
    public static SeedOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new SeedOptions(
            DatabaseConfiguration.ParseProvider(Value("--provider")),
            Value("--connection") ?? throw new ArgumentException("Give --connection."),
            int.Parse(Value("--cases") ?? "2000", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--items-per-case") ?? "250", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--audit-events") ?? "5000000", System.Globalization.CultureInfo.InvariantCulture));
    }
}
