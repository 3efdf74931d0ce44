using Fourfold.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Fourfold.Data.Postgres;

/// <summary>Lets the EF Core tools build the PostgreSQL model when adding a migration.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<FourfoldDbContext>
{
    public FourfoldDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<FourfoldDbContext>();
        options.UseFourfoldDatabase(DatabaseProvider.Postgres, "Host=localhost;Database=fourfold_design");
        return new FourfoldDbContext(options.Options, DataActor.System());
    }
}
