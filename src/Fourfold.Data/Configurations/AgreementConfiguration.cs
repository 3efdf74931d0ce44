using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("Agreements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId);

        // The agreement's words are the item of the same id; the two are saved together and never apart.
        builder.HasOne<ClinicalItem>().WithOne().HasForeignKey<Agreement>(a => a.Id);
        builder.Property(a => a.Revision).IsConcurrencyToken();
        builder.HasIndex(a => new { a.CaseId, a.Status });
        builder.HasIndex(a => a.ReviewOn);
        builder.OwnsMany(a => a.Turns, turn =>
        {
            turn.ToTable("AgreementTurns");
            turn.WithOwner().HasForeignKey("AgreementId");
            turn.HasKey("AgreementId", nameof(AgreementTurn.Number));
            turn.Property(t => t.Number).ValueGeneratedNever();
            turn.PrimitiveCollection(t => t.TellWhom);
        });
        builder.Navigation(a => a.Turns).HasField("turns").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(a => a.Terms);
        builder.Ignore(a => a.TermsInForce);
        builder.Ignore(a => a.Signatures);
    }
}
