using Fourfold.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

internal sealed class CaseMembershipConfiguration : IEntityTypeConfiguration<CaseMembership>
{
    public void Configure(EntityTypeBuilder<CaseMembership> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.InvitedEmail).HasMaxLength(TeamInvitation.MaxEmailLength);
        builder.Property(m => m.DisplayName).HasMaxLength(TeamInvitation.MaxNameLength);
        builder.Property(m => m.InvitationTokenHash).HasMaxLength(64);
        builder.Property(m => m.EndReason).HasMaxLength(CaseMembership.MaxEndReasonLength);
        builder.Ignore(m => m.IsActive);
        builder.HasIndex(m => new { m.PersonId, m.Status });
        builder.HasIndex(m => m.InvitedEmail);
        builder.HasIndex(m => m.InvitationTokenHash);
    }
}
