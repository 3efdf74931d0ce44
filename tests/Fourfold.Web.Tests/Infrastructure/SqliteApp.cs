using Fourfold.Data;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>A fresh SQLite file per fixture: a copy of the run's migrated and seeded template, unless told otherwise.</summary>
public class SqliteApp : FourfoldAppFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string DatabaseFile => Path.Combine(WorkDirectory, "fourfold.db");

    protected override string ConnectionString => $"Data Source={DatabaseFile}";

    protected override void CopyTemplate() => TemplateDatabases.CopySqliteTo(DatabaseFile);
}
