using Fourfold.Data.Tenancy;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Label).HasMaxLength(Case.MaxLabelLength);
        builder.HasOne<Practice>().WithMany().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.PracticeId);
        builder.Property<Guid>(AggregateVersions.Version).IsConcurrencyToken();

        builder.HasMany(c => c.Memberships).WithOne().HasForeignKey(m => m.CaseId);
        builder.Navigation(c => c.Memberships).HasField("memberships").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.OwnsOne(c => c.CouplesPolicy, policy =>
        {
            policy.ToTable("CouplesPolicies");
            policy.WithOwner().HasForeignKey("CaseId");
            policy.OwnsOne(p => p.IndividualSessions);
        });

        builder.OwnsMany(c => c.Acknowledgements, acknowledgement =>
        {
            acknowledgement.ToTable("PolicyAcknowledgements");
            acknowledgement.WithOwner().HasForeignKey("CaseId");
            acknowledgement.Property<int>("Id");
            acknowledgement.HasKey("Id");
        });
        builder.Navigation(c => c.Acknowledgements).HasField("acknowledgements").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
