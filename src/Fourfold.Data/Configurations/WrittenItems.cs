using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

internal static class WrittenItems
{
    /// <summary>Room for a value of this many characters once encrypted (UTF-8 of up to four bytes, base64, key id and nonce).</summary>
    public static int EncryptedLength(int characters) => (characters * 4 * 4 / 3) + 100;

    public static void Configure<TItem>(EntityTypeBuilder<TItem> builder, string versionsTable)
        where TItem : WrittenItem
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasOne<Case>().WithMany().HasForeignKey(i => i.CaseId);
        builder.Property(i => i.Title).HasMaxLength(EncryptedLength(ItemContent.MaxTitleLength));
        builder.Property(i => i.Body).HasMaxLength(EncryptedLength(ItemContent.MaxBodyLength));
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.OwnsMany(i => i.Versions, version =>
        {
            version.ToTable(versionsTable);
            version.WithOwner().HasForeignKey("ItemId");
            version.HasKey(v => v.Id);
            version.Property(v => v.Id).ValueGeneratedNever();
            version.Property(v => v.Title).HasMaxLength(EncryptedLength(ItemContent.MaxTitleLength));
            version.Property(v => v.Body).HasMaxLength(EncryptedLength(ItemContent.MaxBodyLength));
            version.Property(v => v.AssessmentUsed).HasMaxLength(EncryptedLength(ItemContent.MaxAssessmentLength));
            version.PrimitiveCollection(v => v.AudienceRoles);
            version.PrimitiveCollection(v => v.AudiencePersonIds);
        });
        builder.Navigation(i => i.Versions).HasField("savedVersions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
