using Fourfold.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEventRecord>
{
    public void Configure(EntityTypeBuilder<AuditEventRecord> builder)
    {
        builder.ToTable("AuditEvents");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Action).HasMaxLength(40);
        builder.Property(e => e.Outcome).HasMaxLength(20);
        builder.Property(e => e.Subjects).HasMaxLength(80);
        builder.Property(e => e.Rule).HasMaxLength(60);
        builder.Property(e => e.Authorizations).HasMaxLength(200);
        builder.Property(e => e.ClientAddress).HasMaxLength(64);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => new { e.AuditedCaseId, e.Sequence });
        builder.HasIndex(e => new { e.ActorId, e.Sequence });
    }
}

internal sealed class AuditItemReadConfiguration : IEntityTypeConfiguration<AuditItemReadRecord>
{
    public void Configure(EntityTypeBuilder<AuditItemReadRecord> builder)
    {
        builder.ToTable("AuditItemReads");
        builder.HasKey(r => new { r.AuditedCaseId, r.ItemId, r.Sequence });
    }
}

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHeadRecord>
{
    public void Configure(EntityTypeBuilder<AuditHeadRecord> builder)
    {
        builder.ToTable("AuditHead");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Hash).HasMaxLength(64);
        builder.Property(h => h.Mac).HasMaxLength(64);
    }
}
