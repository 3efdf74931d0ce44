using System.Security.Cryptography;
using Fourfold.Data.Encryption;

namespace Fourfold.Web.Infrastructure.Encryption;

/// <summary>
/// Builds the key ring from configuration: <c>Encryption:Keys:{id}</c> (base64, 32 bytes each) and
/// <c>Encryption:ActiveKey</c> (by default the highest id). A single-machine installation starts with one key file,
/// <c>data/keys/encryption-k1.key</c>, created on first start and readable by its owner only; once it exists its key
/// stays in the ring as <c>k1</c> when keys are added by configuration, so that rotating as the README says never
/// leaves values nobody can read. Deleting the file (after <c>encryption reencrypt</c>) retires it.
/// </summary>
internal static class KeyRingLoader
{
    public const string FileKeyId = "k1";

    public static KeyRing Load(IConfiguration configuration)
    {
        var keys = configuration.GetSection("Encryption:Keys").GetChildren()
            .Where(key => !string.IsNullOrWhiteSpace(key.Value))
            .ToDictionary(key => key.Key, key => Convert.FromBase64String(key.Value!));
        var path = Path.GetFullPath(configuration["Encryption:KeyFile"] ?? Path.Combine("data", "keys", "encryption-k1.key"));
        if (keys.Count == 0 && !File.Exists(path))
        {
            CreateKeyFile(path);
        }

        if (!keys.ContainsKey(FileKeyId) && File.Exists(path))
        {
            keys[FileKeyId] = Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var active = configuration["Encryption:ActiveKey"];
        return new KeyRing(keys, string.IsNullOrWhiteSpace(active) ? keys.Keys.Max(StringComparer.Ordinal)! : active);
    }

    private static void CreateKeyFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
