using Fourfold.Domain.Cases;
using Fourfold.Domain.PartnerMeetings;
using Fourfold.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

// The request holds no free text: what the partner prepared and what the therapist wrote back are items.
internal sealed class MeetingRequestConfiguration : IEntityTypeConfiguration<MeetingRequest>
{
    public void Configure(EntityTypeBuilder<MeetingRequest> builder)
    {
        builder.ToTable("MeetingRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId);
        builder.HasOne<ClinicalItem>().WithMany().HasForeignKey(r => r.Preparation).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CaseId, r.Status });
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.PrimitiveCollection(r => r.Answers);
        builder.Ignore(r => r.Facts);
        builder.Ignore(r => r.Client);
        builder.Ignore(r => r.IsOpen);
    }
}
