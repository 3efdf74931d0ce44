using Microsoft.AspNetCore.Antiforgery;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// A browser sends the session cookie with any request, even one another site makes it send, so an API call that
/// changes something and is signed in by the cookie must prove it comes from Fourfold's own pages: an <c>Origin</c>
/// (when the browser names one) that is this site, and the antiforgery token in the <see cref="HeaderName"/> header
/// (<c>GET /api/antiforgery</c> gives it). A bearer token is never sent by a browser on its own, so it needs neither.
/// </summary>
internal static class ApiForgeryProtection
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public static IApplicationBuilder UseApiForgeryProtection(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!NeedsProof(context))
            {
                await next(context);
                return;
            }

            if (!IsSameOrigin(context))
            {
                await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This request came from another site.").ExecuteAsync(context);
                return;
            }

            try
            {
                await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The antiforgery token is missing or wrong.",
                    detail: $"A call signed in with the session cookie sends the token from GET /api/antiforgery in the {HeaderName} header, or signs in with a bearer token instead.").ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    private static bool NeedsProof(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        && context.User.Identity?.IsAuthenticated == true
        && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static bool IsSameOrigin(HttpContext context)
    {
        if (string.Equals(context.Request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var origin = context.Request.Headers.Origin.ToString();
        return string.IsNullOrEmpty(origin)
            || string.Equals(origin, $"{context.Request.Scheme}://{context.Request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
