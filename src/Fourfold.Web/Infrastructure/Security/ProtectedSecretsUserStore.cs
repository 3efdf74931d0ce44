using System.Security.Cryptography;
using System.Text;
using Fourfold.Data;
using Fourfold.Data.Encryption;
using Fourfold.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Identity's user store, except that the second factor's secrets are not readable from a copy of the database: the
/// authenticator key is encrypted with the key ring (bound to its person), and recovery codes are kept as SHA-256
/// hashes. The codes carry 120 random bits (<see cref="FourfoldUserManager"/>), so an unsalted fast hash is enough.
/// </summary>
internal sealed class ProtectedSecretsUserStore(FourfoldDbContext context, KeyRing keys, IdentityErrorDescriber? describer = null)
    : UserStore<FourfoldUser, IdentityRole<Guid>, FourfoldDbContext, Guid>(context, describer)
{
    internal const string InternalLoginProvider = "[AspNetUserStore]";
    internal const string AuthenticatorKeyTokenName = "AuthenticatorKey";
    private const string RecoveryCodeTokenName = "RecoveryCodes";

    public override Task ReplaceCodesAsync(FourfoldUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(Hash), cancellationToken);

    /// <summary>Removes the code's hash from the stored hashes; the others are kept exactly as they are.</summary>
    public override async Task<bool> RedeemCodeAsync(FourfoldUser user, string code, CancellationToken cancellationToken = default)
    {
        var stored = await GetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, cancellationToken) ?? "";
        var hashes = stored.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!hashes.Remove(Hash(code)))
        {
            return false;
        }

        await base.ReplaceCodesAsync(user, hashes, cancellationToken);
        return true;
    }

    public override Task SetTokenAsync(FourfoldUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return base.SetTokenAsync(user, loginProvider, name,
            IsAuthenticatorKey(loginProvider, name) && value is not null ? keys.Protect(value, AssociatedData(user.Id)) : value,
            cancellationToken);
    }

    /// <summary>A key stored before keys were encrypted still reads; the start of the app encrypts those.</summary>
    public override async Task<string?> GetTokenAsync(FourfoldUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var value = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return IsAuthenticatorKey(loginProvider, name) && KeyRing.IsProtected(value) ? keys.Unprotect(value!, AssociatedData(user.Id)) : value;
    }

    internal static string AssociatedData(Guid userId) => $"AuthenticatorKey:{userId:N}";

    internal static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().Replace("-", "", StringComparison.Ordinal).ToUpperInvariant())));

    private static bool IsAuthenticatorKey(string loginProvider, string name) =>
        loginProvider == InternalLoginProvider && name == AuthenticatorKeyTokenName;
}
