using System.Globalization;
using System.Threading.RateLimiting;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Limits sign-in attempts (password, authenticator code, recovery code; page and API) per client address, answering
/// 429 with Retry-After. Other requests are not limited here.
/// </summary>
internal static class SignInRateLimiting
{
    private static readonly string[] SignInPaths =
        ["/account/login", "/account/login-code", "/account/login-recovery", "/api/auth/login"];

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var attemptsPerMinute = configuration.GetValue("SignIn:AttemptsPerMinute", 10);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignInAttempt(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = attemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));

            // A calendar feed's secret cannot be guessed, but one address trying many is still refused.
            options.AddPolicy(Features.Sessions.SessionsApi.FeedRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    private static bool IsSignInAttempt(HttpRequest request)
    {
        var path = (request.Path.Value ?? "").TrimEnd('/');
        return HttpMethods.IsPost(request.Method)
            && SignInPaths.Any(signInPath => string.Equals(path, signInPath, StringComparison.OrdinalIgnoreCase));
    }
}
