using System.Xml.Linq;
using Fourfold.Data.Encryption;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Fourfold.Web.Infrastructure.Encryption;

/// <summary>
/// Encrypts the data-protection keys (which sign cookies and antiforgery tokens) with the key ring before they are
/// stored in the shared database, so that a copy of the database does not hold them in the clear.
/// </summary>
internal sealed class KeyRingXmlEncryptor(KeyRing keys) : IXmlEncryptor
{
    public const string AssociatedData = "DataProtectionKey";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var element = new XElement("encryptedKey",
            new XComment(" Encrypted with Fourfold's key ring (AES-256-GCM). "),
            new XElement("value", keys.Protect(plaintextElement.ToString(SaveOptions.DisableFormatting), AssociatedData)));
        return new EncryptedXmlInfo(element, typeof(KeyRingXmlDecryptor));
    }
}

/// <summary>Decrypts what <see cref="KeyRingXmlEncryptor"/> stored; created by the data-protection system.</summary>
internal sealed class KeyRingXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var keys = services.GetRequiredService<KeyRing>();
        var value = encryptedElement.Element("value")?.Value ?? throw new InvalidOperationException("The stored key has no value.");
        return XElement.Parse(keys.Unprotect(value, KeyRingXmlEncryptor.AssociatedData));
    }
}
