using Microsoft.AspNetCore.Diagnostics;

namespace Fourfold.Web.Infrastructure;

/// <summary>
/// An API call that fails answers 500 with a short problem body, never the error page: the page is for people
/// browsing, and replaying a PUT or DELETE into it would answer 405 and hide the failure. The exception itself is
/// logged by the exception middleware, never sent.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status500InternalServerError, Title = "Something went wrong on our side. Please try again; if it keeps happening, tell your practice." },
        });
    }
}
