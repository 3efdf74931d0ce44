using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

// Each record's words are the item of the same id; the two are saved together and never apart.
internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToTable("CheckIns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId);
        builder.HasOne<ClinicalItem>().WithOne().HasForeignKey<CheckIn>(c => c.Id);
        builder.HasIndex(c => new { c.CaseId, c.On });
    }
}

internal sealed class HomeworkConfiguration : IEntityTypeConfiguration<Homework>
{
    public void Configure(EntityTypeBuilder<Homework> builder)
    {
        builder.ToTable("Homework");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.HasOne<Case>().WithMany().HasForeignKey(h => h.CaseId);
        builder.HasOne<ClinicalItem>().WithOne().HasForeignKey<Homework>(h => h.Id);
        builder.HasIndex(h => new { h.CaseId, h.DueOn });
    }
}

internal sealed class HomeworkLogConfiguration : IEntityTypeConfiguration<HomeworkLog>
{
    public void Configure(EntityTypeBuilder<HomeworkLog> builder)
    {
        builder.ToTable("HomeworkLogs");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.HasOne<Case>().WithMany().HasForeignKey(l => l.CaseId);
        builder.HasOne<ClinicalItem>().WithOne().HasForeignKey<HomeworkLog>(l => l.Id);
        builder.HasOne<Homework>().WithMany().HasForeignKey(l => l.HomeworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.CaseId, l.HomeworkId });
    }
}

internal sealed class AgendaTopicConfiguration : IEntityTypeConfiguration<AgendaTopic>
{
    public void Configure(EntityTypeBuilder<AgendaTopic> builder)
    {
        builder.ToTable("AgendaTopics");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId);
        builder.HasOne<ClinicalItem>().WithOne().HasForeignKey<AgendaTopic>(t => t.Id);
        builder.HasIndex(t => new { t.CaseId, t.DiscussedAt });
    }
}

internal sealed class ReplyConfiguration : IEntityTypeConfiguration<Reply>
{
    public void Configure(EntityTypeBuilder<Reply> builder)
    {
        builder.ToTable("Replies");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId);
        builder.HasOne<ClinicalItem>().WithOne().HasForeignKey<Reply>(r => r.Id);
        builder.HasOne<ClinicalItem>().WithMany().HasForeignKey(r => r.RepliesTo).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CaseId, r.RepliesTo });
    }
}
