using Fourfold.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

/// <summary>Psychotherapy notes live in their own tables, apart from the shared record.</summary>
internal sealed class PsychotherapyNoteConfiguration : IEntityTypeConfiguration<PsychotherapyNote>
{
    public void Configure(EntityTypeBuilder<PsychotherapyNote> builder)
    {
        builder.ToTable("PsychotherapyNotes");
        WrittenItems.Configure(builder, "PsychotherapyNoteVersions");
        builder.HasIndex(i => new { i.CaseId, i.Holder, i.Id });
    }
}
