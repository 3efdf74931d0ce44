using System.Security.Cryptography;
using Fourfold.Data.Encryption;

namespace Fourfold.Web.Infrastructure.Encryption;

/// <summary>
/// Builds the key ring from configuration: <c>Encryption:Keys:{id}</c> (base64, 32 bytes each) and
/// <c>Encryption:ActiveKey</c>. Without configured keys, a single-machine installation gets one key file,
/// <c>data/keys/encryption-k1.key</c>, created on first start and readable by its owner only.
/// </summary>
internal static class KeyRingLoader
{
    public static KeyRing Load(IConfiguration configuration)
    {
        var configured = configuration.GetSection("Encryption:Keys").GetChildren()
            .Where(key => !string.IsNullOrWhiteSpace(key.Value))
            .ToDictionary(key => key.Key, key => Convert.FromBase64String(key.Value!));
        if (configured.Count > 0)
        {
            return new KeyRing(configured, configuration["Encryption:ActiveKey"] ?? configured.Keys.Max(StringComparer.Ordinal)!);
        }

        var path = Path.GetFullPath(configuration["Encryption:KeyFile"] ?? Path.Combine("data", "keys", "encryption-k1.key"));
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return new KeyRing(new Dictionary<string, byte[]> { ["k1"] = Convert.FromBase64String(File.ReadAllText(path).Trim()) }, "k1");
    }
}
