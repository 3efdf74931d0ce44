using Fourfold.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(Practice.MaxNameLength);
        builder.Property(p => p.TimeZoneId).HasMaxLength(64);
        builder.Property(p => p.CountryCode).HasMaxLength(2).HasDefaultValue("");
        builder.Property(p => p.CrisisLine).HasMaxLength(Practice.MaxCrisisLineLength).HasDefaultValue("");
    }
}
