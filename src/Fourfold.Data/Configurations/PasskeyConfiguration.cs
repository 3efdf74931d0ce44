using Fourfold.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fourfold.Data.Configurations;

/// <summary>
/// A person's passkeys: the public key and what the authenticator reported, stored as one JSON document per passkey.
/// Mapped here rather than by choosing Identity's third schema in the app's options, because the migrations are made
/// without the app and must see the same model as the running app.
/// </summary>
internal sealed class PasskeyConfiguration : IEntityTypeConfiguration<IdentityUserPasskey<Guid>>
{
    /// <summary>WebAuthn credential ids are at most 1,023 bytes.</summary>
    private const int MaxCredentialIdLength = 1024;

    public void Configure(EntityTypeBuilder<IdentityUserPasskey<Guid>> builder)
    {
        builder.ToTable("AspNetUserPasskeys");
        builder.HasKey(passkey => passkey.CredentialId);
        builder.Property(passkey => passkey.CredentialId).HasMaxLength(MaxCredentialIdLength);
        builder.HasOne<FourfoldUser>().WithMany().HasForeignKey(passkey => passkey.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(passkey => passkey.UserId);
        builder.OwnsOne(passkey => passkey.Data).ToJson();
    }
}
