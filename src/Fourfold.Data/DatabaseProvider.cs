namespace Fourfold.Data;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, created and migrated on first run.</summary>
    Sqlite = 1,

    /// <summary>Production: several app instances share one database.</summary>
    Postgres = 2,
}
