using Microsoft.AspNetCore.Diagnostics;

namespace Fourfold.Web.Infrastructure;

internal static class FriendlyStatusPages
{
    /// <summary>
    /// The friendly "not found" page is for people browsing; the API, and answers to form posts, keep their own status
    /// and body, so a refused post is never replayed into another page.
    /// </summary>
    public static IApplicationBuilder UseFriendlyStatusPagesForPageViewsOnly(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var isPageView = HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api");
            if (!isPageView && context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            return next(context);
        });
}
