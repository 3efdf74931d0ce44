using Fourfold.Data.Identity;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Identity;

namespace Fourfold.Web.Features.Safety;

/// <summary>
/// "Leave quickly": for someone who must hide that they were here. Ends the session (everywhere, as signing out
/// does), asks the browser to forget this site's cookies and storage, and sends it to a neutral site. A plain link,
/// so that it works without JavaScript; the page script goes to the neutral site at once, replacing the current page
/// in the history, signs out in the background, and adds the Esc Esc shortcut.
/// </summary>
/// <remarks>
/// Not "cache" in Clear-Site-Data: Chromium can hold the response for seconds while it clears a cache, and pages
/// with client data are never cached (no-store) anyway.
/// </remarks>
internal static class LeaveQuickly
{
    public const string Path = "/leave";
    public const string DefaultExitUrl = "https://www.wikipedia.org/";

    public static void MapLeaveQuickly(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, async (HttpContext context, SignInManager<FourfoldUser> signIn, IConfiguration configuration) =>
            {
                if (context.User.Identity?.IsAuthenticated == true)
                {
                    await Account.SignOutEverywhere.EndAsync(context, signIn);
                }

                context.Response.Headers["Clear-Site-Data"] = "\"cookies\", \"storage\"";
                return Results.Redirect(ExitUrl(configuration));
            })
            .AllowAnonymous()
            .WithMetadata(new AuditedAttribute(AuditedAs.SignIn))
            .ExcludeFromDescription();

    /// <summary>The neutral site from <c>Safety:ExitUrl</c>; only an absolute https address is taken.</summary>
    public static string ExitUrl(IConfiguration configuration) =>
        Uri.TryCreate(configuration["Safety:ExitUrl"], UriKind.Absolute, out var exit) && exit.Scheme == Uri.UriSchemeHttps ? exit.ToString() : DefaultExitUrl;
}
