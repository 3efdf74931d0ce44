using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Sends a professional or administrator who signed in with a password only to authenticator enrolment, instead of an
/// access-denied page; the API answers 403.
/// </summary>
internal sealed class SecondFactorRedirectHandler : IAuthorizationMiddlewareResultHandler
{
    public const string EnrolmentPath = "/account/authenticator";

    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        var missingSecondFactor = authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<SecondFactorRequirement>().Any() == true;
        if (missingSecondFactor && !context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(EnrolmentPath);
            return Task.CompletedTask;
        }

        return inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
