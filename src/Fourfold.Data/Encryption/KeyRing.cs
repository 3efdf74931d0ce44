using System.Security.Cryptography;
using System.Text;

namespace Fourfold.Data.Encryption;

/// <summary>
/// Encrypts free text at rest with AES-256-GCM under versioned keys that come from configuration, never from the
/// database. Each value carries the id of its key, so keys can be rotated without downtime: add a key, make it active,
/// re-encrypt, then retire the old one. The caller's associated data (the row's identity) is bound to the value, so
/// ciphertext copied to another row fails to decrypt.
/// </summary>
public sealed class KeyRing : IDisposable
{
    private const string Prefix = "enc1";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Dictionary<string, byte[]> keys;

    // Importing a key costs more than decrypting a short text with it, and a timeline page decrypts a hundred fields;
    // an instance is not safe to share between threads, so each thread keeps its own per key. They are not tracked, so
    // that a thread the pool retires leaves its instances to be collected with it.
    private readonly ThreadLocal<Dictionary<string, AesGcm>> ciphers = new(() => new Dictionary<string, AesGcm>(StringComparer.Ordinal));

    public KeyRing(IReadOnlyDictionary<string, byte[]> keys, string activeKeyId)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0 || !keys.ContainsKey(activeKeyId))
        {
            throw new InvalidOperationException("The encryption key ring needs its active key.");
        }

        if (keys.Any(pair => pair.Value.Length != 32 || pair.Key.Contains(':', StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("Encryption keys are 32 bytes, and key ids contain no ':'.");
        }

        this.keys = keys.ToDictionary(pair => pair.Key, pair => pair.Value);
        ActiveKeyId = activeKeyId;
    }

    public string ActiveKeyId { get; }

    public string Protect(string plaintext, string associatedData)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var input = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[input.Length];
        var tag = new byte[TagSize];
        CipherFor(ActiveKeyId, keys[ActiveKeyId]).Encrypt(nonce, input, output, tag, Encoding.UTF8.GetBytes(associatedData));

        return $"{Prefix}:{ActiveKeyId}:{Convert.ToBase64String([.. nonce, .. output, .. tag])}";
    }

    public string Unprotect(string stored, string associatedData)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split(':');
        if (parts is not [Prefix, var keyId, var payload] || !keys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException("This value was not encrypted with a key of this key ring.");
        }

        var bytes = Convert.FromBase64String(payload);
        var nonce = bytes.AsSpan(0, NonceSize);
        var ciphertext = bytes.AsSpan(NonceSize, bytes.Length - NonceSize - TagSize);
        var tag = bytes.AsSpan(bytes.Length - TagSize);
        var plaintext = new byte[ciphertext.Length];
        CipherFor(keyId, key).Decrypt(nonce, ciphertext, tag, plaintext, Encoding.UTF8.GetBytes(associatedData));
        return Encoding.UTF8.GetString(plaintext);
    }

    private AesGcm CipherFor(string keyId, byte[] key)
    {
        var kept = ciphers.Value!;
        if (!kept.TryGetValue(keyId, out var cipher))
        {
            cipher = new AesGcm(key, TagSize);
            kept[keyId] = cipher;
        }

        return cipher;
    }

    public void Dispose() => ciphers.Dispose();

    public static bool IsProtected(string? value) => value?.StartsWith(Prefix + ":", StringComparison.Ordinal) == true;

    /// <summary>How every value this key ring stored begins, whatever its key.</summary>
    public static string StoredPrefix => Prefix + ":";

    /// <summary>How every value stored under <paramref name="keyId"/> begins.</summary>
    public static string StoredPrefixOf(string keyId) => $"{Prefix}:{keyId}:";

    public static string KeyIdOf(string stored) => stored.Split(':') is [Prefix, var keyId, _] ? keyId : "";
}
