using Fourfold.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Fourfold.Web.Features.Account;

/// <summary>Ends this session, and with a new security stamp every other session of the account too, including a copied cookie.</summary>
internal static class SignOutEverywhere
{
    public static async Task EndAsync(HttpContext context, SignInManager<FourfoldUser> signInManager)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(signInManager);
        if (await signInManager.UserManager.GetUserAsync(context.User) is { } user)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
    }
}
