using System.Security.Cryptography;

namespace Fourfold.Web.Infrastructure.Auditing;

/// <summary>
/// The HMAC key of the audit chain. It never lives in the database: it comes from configuration (Audit:Key, base64,
/// at least 32 bytes), or, for a single-machine installation, from a key file (Audit:KeyFile, default
/// data/keys/audit.key) created on first start and readable by its owner only.
/// </summary>
public sealed class AuditKey
{
    private AuditKey(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }

    public static AuditKey Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["Audit:Key"] is { Length: > 0 } configured)
        {
            var bytes = Convert.FromBase64String(configured);
            return bytes.Length >= 32 ? new AuditKey(bytes) : throw new InvalidOperationException("Audit:Key must be at least 32 bytes, base64-encoded.");
        }

        var path = Path.GetFullPath(configuration["Audit:KeyFile"] ?? Path.Combine("data", "keys", "audit.key"));
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return new AuditKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }
}
