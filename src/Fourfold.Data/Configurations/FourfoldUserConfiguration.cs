using Fourfold.Data.Identity;
using Fourfold.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

internal sealed class FourfoldUserConfiguration : IEntityTypeConfiguration<FourfoldUser>
{
    public void Configure(EntityTypeBuilder<FourfoldUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(FourfoldUser.MaxDisplayNameLength);
        builder.Property(u => u.TimeZoneId).HasMaxLength(64);
        builder.HasIndex(u => u.PracticeId);
        builder.Ignore(u => u.PersonId);
        builder.Ignore(u => u.IsDisabled);
        builder.OwnsOne(u => u.Profile, profile =>
        {
            profile.ToTable("ProfessionalProfiles");
            profile.WithOwner().HasForeignKey("UserId");
            profile.Property(p => p.Credentials).HasMaxLength(ProfessionalProfile.MaxShortTextLength);
            profile.Property(p => p.AssessmentUsed).HasMaxLength(ProfessionalProfile.MaxShortTextLength);
            profile.Property(p => p.Training).HasMaxLength(ProfessionalProfile.MaxLongTextLength);
            profile.Property(p => p.Orientation).HasMaxLength(ProfessionalProfile.MaxLongTextLength);
        });
    }
}
