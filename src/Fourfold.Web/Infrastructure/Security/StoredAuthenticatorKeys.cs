using Fourfold.Data;
using Fourfold.Data.Encryption;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Brings stored authenticator keys under the key ring: at every start those still in plain text (written before keys
/// were encrypted), and on <c>encryption reencrypt</c> every key not under the active key.
/// </summary>
internal static class StoredAuthenticatorKeys
{
    public static async Task<int> ProtectAsync(FourfoldDbContext db, KeyRing keys, bool plainTextOnly, CancellationToken cancellationToken)
    {
        var active = KeyRing.StoredPrefixOf(keys.ActiveKeyId);
        var stored = db.UserTokens
            .Where(t => t.LoginProvider == ProtectedSecretsUserStore.InternalLoginProvider && t.Name == ProtectedSecretsUserStore.AuthenticatorKeyTokenName && t.Value != null);
        var tokens = await (plainTextOnly ? stored.Where(t => !t.Value!.StartsWith(KeyRing.StoredPrefix)) : stored).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var token in tokens.Where(t => plainTextOnly ? !KeyRing.IsProtected(t.Value) : !t.Value!.StartsWith(active, StringComparison.Ordinal)))
        {
            var associatedData = ProtectedSecretsUserStore.AssociatedData(token.UserId);
            var key = KeyRing.IsProtected(token.Value) ? keys.Unprotect(token.Value!, associatedData) : token.Value!;
            token.Value = keys.Protect(key, associatedData);
            changed++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
