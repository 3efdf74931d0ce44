namespace Fourfold.Web.Features.Account;

/// <summary>What a passkey form posts: the browser's answer from the device, as WebAuthn's JSON.</summary>
internal sealed class PasskeyCredentialInput
{
    /// <summary>
    /// Far above any real answer (a credential id is at most 1,023 bytes, a key a few hundred), and small enough that a
    /// forged post costs nothing to refuse.
    /// </summary>
    public const int MaxLength = 64 * 1024;

    public string? Credential { get; set; }

    /// <summary>The name the person gives a new passkey, to tell their passkeys apart.</summary>
    public string? Name { get; set; }
}
