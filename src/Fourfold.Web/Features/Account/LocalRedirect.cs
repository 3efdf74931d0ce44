namespace Fourfold.Web.Features.Account;

/// <summary>Keeps return addresses on this site, so a sign-in link cannot send anyone elsewhere.</summary>
internal static class LocalRedirect
{
    public static string Safe(string? returnUrl) =>
        Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult.IsLocalUrl(returnUrl) && returnUrl!.StartsWith('/') ? returnUrl : "/";
}
