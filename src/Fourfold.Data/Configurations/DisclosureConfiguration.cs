using Fourfold.Data.Conversions;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> builder)
    {
        builder.ToTable("Disclosures");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId);

        // The entry's words are the item of the same id; the commitment it came under stays even if later changed.
        builder.HasOne<ClinicalItem>().WithOne().HasForeignKey<Disclosure>(d => d.Id);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(d => d.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.PrimitiveCollection(d => d.Told);
        builder.Property(d => d.HappenedAt).HasConversion<LocalTimeConverter>();
        builder.Property(d => d.ToldAt).HasConversion<LocalTimeConverter>();
        builder.HasIndex(d => new { d.CaseId, d.HappenedOn });
    }
}
