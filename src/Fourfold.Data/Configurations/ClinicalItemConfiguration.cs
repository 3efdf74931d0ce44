using Fourfold.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

internal sealed class ClinicalItemConfiguration : IEntityTypeConfiguration<ClinicalItem>
{
    public void Configure(EntityTypeBuilder<ClinicalItem> builder)
    {
        builder.ToTable("ClinicalItems");
        WrittenItems.Configure(builder, "ClinicalItemVersions");
        builder.PrimitiveCollection(i => i.AudienceRoles);
        builder.Property(i => i.AssessmentUsed).HasMaxLength(WrittenItems.EncryptedLength(ItemContent.MaxAssessmentLength));

        // The timeline walks a case's items newest first by id, which is time-ordered.
        builder.HasIndex(i => new { i.CaseId, i.Id });
    }
}
