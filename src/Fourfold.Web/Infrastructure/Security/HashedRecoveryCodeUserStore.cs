using System.Security.Cryptography;
using System.Text;
using Fourfold.Data;
using Fourfold.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Identity's user store, except that recovery codes are kept as SHA-256 hashes: a copy of the database gives nobody a
/// way past the second factor. The codes are random, so an unsalted hash is enough.
/// </summary>
internal sealed class HashedRecoveryCodeUserStore(FourfoldDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<FourfoldUser, IdentityRole<Guid>, FourfoldDbContext, Guid>(context, describer)
{
    private const string InternalLoginProvider = "[AspNetUserStore]";
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

    internal static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().Replace("-", "", StringComparison.Ordinal).ToUpperInvariant())));
}
