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
        builder.PrimitiveCollection(i => i.AudiencePersonIds);
        builder.Property(i => i.AssessmentUsed).HasMaxLength(WrittenItems.EncryptedLength(ItemContent.MaxAssessmentLength));

        // The timeline walks a case's items newest first by id, which is time-ordered, and decides each from the facts
        // the index also holds, so that only the rows a reader may see are read whole.
        builder.HasIndex(i => new { i.CaseId, i.Id, i.Kind, i.Subject, i.Holder, i.Author, i.AudienceRoles, i.AudiencePersonIds })
            .HasDatabaseName("IX_ClinicalItems_Timeline");
    }
}
