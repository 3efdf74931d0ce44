using Fourfold.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Fourfold.Data.Sqlite;

/// <summary>Lets the EF Core tools build the SQLite model when adding a migration.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<FourfoldDbContext>
{
    public FourfoldDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<FourfoldDbContext>();
        options.UseFourfoldDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new FourfoldDbContext(options.Options, DataActor.System());
    }
}
