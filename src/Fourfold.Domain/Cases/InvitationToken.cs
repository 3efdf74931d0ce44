using System.Security.Cryptography;
using System.Text;

namespace Fourfold.Domain.Cases;

/// <summary>
/// The secret in an invitation link. Only its SHA-256 is stored, so a copy of the database cannot be used to accept
/// someone else's invitation.
/// </summary>
public sealed record InvitationToken(string Secret, string Hash)
{
    public static InvitationToken Create()
    {
        var secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return new InvitationToken(secret, HashOf(secret));
    }

    public static string HashOf(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
