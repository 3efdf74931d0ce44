using Fourfold.Data.Identity;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Fourfold.Web.Features.Account;

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (HttpContext context, SignInManager<FourfoldUser> signInManager) =>
        {
            await SignOutEverywhere.EndAsync(context, signInManager);
            return TypedResults.LocalRedirect("~/account/login?signedOut=true");
        }).RequireAuthorization(AccessPolicies.SignedIn).RequireAntiforgery().WithMetadata(new AuditedAttribute(AuditedAs.SignIn));

        endpoints.MapPost("/api/auth/logout", async (HttpContext context, SignInManager<FourfoldUser> signInManager) =>
        {
            await SignOutEverywhere.EndAsync(context, signInManager);
            return TypedResults.NoContent();
        }).RequireAuthorization(AccessPolicies.SignedIn).WithMetadata(new AuditedAttribute(AuditedAs.SignIn));

        endpoints.MapGet("/api/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
            TypedResults.Ok(new AntiforgeryToken(ApiForgeryProtection.HeaderName, antiforgery.GetAndStoreTokens(context).RequestToken!)))
            .RequireAuthorization(AccessPolicies.SignedIn).WithMetadata(new AuditedAttribute(AuditedAs.NoClinicalReads));
    }

    internal sealed record AntiforgeryToken(string HeaderName, string Token);
}
