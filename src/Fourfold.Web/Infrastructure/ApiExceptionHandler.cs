using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Fourfold.Web.Infrastructure;

/// <summary>
/// An API call that fails answers 500 with a short problem body, never the error page: the page is for people
/// browsing, and replaying a PUT or DELETE into it would answer 405 and hide the failure. The exception itself is
/// logged by the exception middleware, never sent.
/// </summary>
internal sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // By now the request's path is already the error page's; the failed request's own path is kept here.
        var failedPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!failedPath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await httpContext.Response.WriteAsJsonAsync(
            new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side. Please try again; if it keeps happening, tell your practice.",
            },
            options: null,
            contentType: "application/problem+json",
            cancellationToken: cancellationToken);
        return true;
    }
}
