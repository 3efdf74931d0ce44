using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// The absolute timeout for API sign-ins. Identity's refresh issues a fresh pair of tokens each time, so a client that
/// keeps refreshing would stay signed in for ever; here a refresh carries the time of the first sign-in forward and is
/// refused once that is longer ago than the absolute timeout, as a browser session is.
/// </summary>
internal sealed class BearerRefreshLimit(IOptionsMonitor<BearerTokenOptions> bearer, IClock clock, IConfiguration configuration) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Arguments.OfType<RefreshRequest>().FirstOrDefault() is not { } request)
        {
            return await next(context);
        }

        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket is null)
        {
            return await next(context);
        }

        var absoluteTimeout = Duration.FromHours(configuration.GetValue("SignIn:AbsoluteTimeoutHours", 12));
        if (SignedInAt(ticket.Principal) is not { } signedInAt || clock.GetCurrentInstant() - signedInAt > absoluteTimeout)
        {
            return TypedResults.Challenge();
        }

        var result = await next(context);
        if ((result is INestedHttpResult nested ? nested.Result : result) is SignInHttpResult { Principal.Identity: ClaimsIdentity identity })
        {
            foreach (var renewed in identity.FindAll(FourfoldClaims.SignedInAt).ToList())
            {
                identity.RemoveClaim(renewed);
            }

            identity.AddClaim(new Claim(FourfoldClaims.SignedInAt, signedInAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        }

        return result;
    }

    private static Instant? SignedInAt(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(FourfoldClaims.SignedInAt), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? Instant.FromUnixTimeSeconds(seconds)
            : null;
}
