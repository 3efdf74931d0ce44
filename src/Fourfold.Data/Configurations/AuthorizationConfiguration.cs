using Fourfold.Data.Conversions;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

internal sealed class AuthorizationConfiguration : IEntityTypeConfiguration<Authorization>
{
    public void Configure(EntityTypeBuilder<Authorization> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId);
        builder.HasIndex(a => new { a.CaseId, a.Partner });
        builder.Property(a => a.SignatureName).HasMaxLength(Authorization.MaxSignatureLength);
        builder.Property(a => a.SignedText).HasMaxLength(8000);
        builder.Property(a => a.SignedTextHash).HasMaxLength(64);
        builder.OwnsOne(a => a.Terms, terms =>
        {
            terms.Property(t => t.Purpose).HasMaxLength(1000);
            terms.PrimitiveCollection(t => t.RecipientRoles);
            terms.PrimitiveCollection(t => t.Categories);
            terms.PrimitiveCollection(t => t.RecipientPeople).ElementType(element => element.HasConversion<StrongIdConverter<PersonId>>());
        });
        builder.Navigation(a => a.Terms).IsRequired();
    }
}
