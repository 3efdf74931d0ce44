using Fourfold.Domain.Cases;
using Fourfold.Domain.FullDisclosure;
using Fourfold.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

internal sealed class DisclosureProcessConfiguration : IEntityTypeConfiguration<DisclosureProcess>
{
    public void Configure(EntityTypeBuilder<DisclosureProcess> builder)
    {
        builder.ToTable("FullDisclosures");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId);
        builder.HasIndex(d => new { d.CaseId, d.Stage });
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.Property(d => d.Place);
        builder.Property(d => d.PolygraphExaminer);
        builder.Ignore(d => d.Plan);
        builder.Ignore(d => d.Approval);
        builder.Ignore(d => d.Readiness);
        builder.Ignore(d => d.IsPaused);
        builder.Ignore(d => d.Steps);
        builder.OwnsMany<DisclosureStep>("steps", step =>
        {
            step.ToTable("FullDisclosureSteps");
            step.WithOwner().HasForeignKey("DisclosureId");
            step.HasKey(s => s.Id);
            step.Property(s => s.Id).ValueGeneratedNever();
            step.HasIndex("DisclosureId", nameof(DisclosureStep.Number)).IsUnique();
        });
    }
}

// The question's and the draft's words are the items of the same ids; each is saved with its words and never apart.
internal sealed class DisclosureQuestionConfiguration : IEntityTypeConfiguration<DisclosureQuestion>
{
    public void Configure(EntityTypeBuilder<DisclosureQuestion> builder)
    {
        builder.ToTable("DisclosureQuestions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.HasOne<Case>().WithMany().HasForeignKey(q => q.CaseId);
        builder.HasOne<ClinicalItem>().WithOne().HasForeignKey<DisclosureQuestion>(q => q.Id);
        builder.HasOne<DisclosureProcess>().WithMany().HasForeignKey(q => q.DisclosureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.CaseId, q.DisclosureId, q.Number }).IsUnique();
        builder.Ignore(q => q.IsPassedOn);
    }
}

internal sealed class WrittenDisclosureConfiguration : IEntityTypeConfiguration<WrittenDisclosure>
{
    public void Configure(EntityTypeBuilder<WrittenDisclosure> builder)
    {
        builder.ToTable("WrittenDisclosures");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.HasOne<Case>().WithMany().HasForeignKey(w => w.CaseId);
        builder.HasOne<ClinicalItem>().WithOne().HasForeignKey<WrittenDisclosure>(w => w.Id);
        builder.HasOne<DisclosureProcess>().WithMany().HasForeignKey(w => w.DisclosureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.CaseId, w.DisclosureId, w.Number });
        builder.PrimitiveCollection(w => w.Answers);
    }
}
