using Fourfold.Data.Identity;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace Fourfold.Web.Features.Account;

/// <summary>
/// The first half of each passkey ceremony: the options the browser hands to the device. The challenge they carry is
/// kept in a short-lived cookie, and the second half (the page's form post) is checked against it.
/// </summary>
internal static class PasskeyEndpoints
{
    public const string CreationOptionsPath = "/account/passkeys/creation-options";
    public const string RequestOptionsPath = "/account/passkeys/request-options";

    public static void MapPasskeyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Only a session that passed every factor its person needs may add a way to sign in.
        endpoints.MapPost(CreationOptionsPath, async (HttpContext context, UserManager<FourfoldUser> users, SignInManager<FourfoldUser> signInManager) =>
        {
            var user = await users.GetUserAsync(context.User);
            if (user is null)
            {
                return Results.NotFound();
            }

            var options = await signInManager.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
            {
                Id = await users.GetUserIdAsync(user),
                Name = user.Email ?? user.UserName ?? "",
                DisplayName = user.DisplayName,
            });
            return Results.Content(options, "application/json");
        }).RequireAuthorization(AccessPolicies.Member).RequireAntiforgery().WithMetadata(new AuditedAttribute(AuditedAs.SignIn));

        // No account is named: the device offers the passkeys it holds for this site, so nobody learns which addresses
        // have an account here.
        endpoints.MapPost(RequestOptionsPath, async (SignInManager<FourfoldUser> signInManager) =>
            Results.Content(await signInManager.MakePasskeyRequestOptionsAsync(null), "application/json"))
            .AllowAnonymous().RequireAntiforgery().WithMetadata(new AuditedAttribute(AuditedAs.SignIn));
    }
}
