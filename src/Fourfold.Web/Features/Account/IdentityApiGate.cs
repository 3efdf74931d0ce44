namespace Fourfold.Web.Features.Account;

/// <summary>
/// Of Identity's API endpoints under /api/auth, Fourfold offers sign-in and token refresh only (signing out is its own endpoint, which ends every session): accounts are created by
/// invitation, and account management happens in the signed-in pages. Every other path there answers 404 before
/// routing, so no Identity handler behind it ever runs.
/// </summary>
internal static class IdentityApiGate
{
    private static readonly string[] Offered = ["/api/auth/login", "/api/auth/refresh", "/api/auth/logout"];

    public static IApplicationBuilder UseIdentityApiGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (path.StartsWithSegments("/api/auth") && !Offered.Any(offered => path.Equals(offered, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });
}
