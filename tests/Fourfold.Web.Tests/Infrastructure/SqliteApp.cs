using Fourfold.Data;

namespace Fourfold.Web.Tests.Infrastructure;

public class SqliteApp : FourfoldAppFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string DatabaseFile => Path.Combine(WorkDirectory, "fourfold.db");

    protected override string ConnectionString => $"Data Source={DatabaseFile}";
}
