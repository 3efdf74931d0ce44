using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Fourfold.Web.Infrastructure;

/// <summary>
/// An API call that fails answers with a short problem body, never the error page: the page is for people browsing,
/// and replaying a PUT or DELETE into it would answer 405 and hide the failure. A request the framework could not read
/// (malformed JSON, a value of the wrong type) answers its own 4xx; anything else is 500 and is logged here, by type
/// and stack only, since a message can quote what someone wrote. Handled exceptions are not logged by the middleware.
/// </summary>
internal sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        // By now the request's path is already the error page's; the failed request's own path is kept here.
        var failedPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!failedPath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || httpContext.Response.HasStarted)
        {
            return false;
        }

        var problem = exception is BadHttpRequestException unreadable
            ? new ProblemDetails
            {
                Status = unreadable.StatusCode,
                Title = "The request could not be read.",
                Detail = "Check that the body is JSON with the fields and types this endpoint describes, and that every value in the address is of its type.",
            }
            : new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side. Please try again; if it keeps happening, tell your practice.",
            };
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogFailure(logger, httpContext.Request.Method, failedPath, exception.GetType().FullName, exception.StackTrace, httpContext.TraceIdentifier);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        await httpContext.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", cancellationToken: cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed with {ExceptionType} (trace {TraceId}) at\n{StackTrace}")]
    private static partial void LogFailure(ILogger logger, string method, string path, string? exceptionType, string? stackTrace, string traceId);
}
