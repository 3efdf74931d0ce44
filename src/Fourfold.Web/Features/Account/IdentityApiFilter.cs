namespace Fourfold.Web.Features.Account;

/// <summary>
/// Of Identity's API endpoints, Fourfold offers sign-in and token refresh only: accounts are created by invitation, and
/// account management happens in the signed-in pages.
/// </summary>
internal static class IdentityApiFilter
{
    private static readonly string[] Offered = ["/api/auth/login", "/api/auth/refresh"];

    public static ValueTask<object?> OnlySignIn(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var path = context.HttpContext.Request.Path;
        return Offered.Any(offered => path.Equals(offered, StringComparison.OrdinalIgnoreCase))
            ? next(context)
            : ValueTask.FromResult<object?>(Results.NotFound());
    }
}
