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
    public override Task ReplaceCodesAsync(FourfoldUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(Hash), cancellationToken);

    public override Task<bool> RedeemCodeAsync(FourfoldUser user, string code, CancellationToken cancellationToken = default) =>
        base.RedeemCodeAsync(user, Hash(code), cancellationToken);

    internal static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().Replace("-", "", StringComparison.Ordinal).ToUpperInvariant())));
}
