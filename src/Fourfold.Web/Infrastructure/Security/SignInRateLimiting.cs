using System.Globalization;
using System.Threading.RateLimiting;
using NodaTime;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Limits sign-in attempts (password, authenticator code, recovery code; page and API) per client address, answering
/// 429 with Retry-After, counted in the database (<see cref="SharedLimits"/>) so that several instances of the app
/// share one limit. A calendar feed's fetches are limited per instance, by the framework's limiter.
/// </summary>
internal static class SignInRateLimiting
{
    private static readonly string[] SignInPaths =
        ["/account/login", "/account/login-code", "/account/login-recovery", "/api/auth/login"];

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services)
    {
        services.AddScoped<SharedLimits>();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };

            // A calendar feed's secret cannot be guessed, but one address trying many is still refused.
            options.AddPolicy(Features.Sessions.SessionsApi.FeedRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    public static IApplicationBuilder UseSignInRateLimiting(this IApplicationBuilder app)
    {
        var attemptsPerMinute = app.ApplicationServices.GetRequiredService<IConfiguration>().GetValue("SignIn:AttemptsPerMinute", 10);
        return app.Use(async (context, next) =>
        {
            if (IsSignInAttempt(context.Request))
            {
                var limits = context.RequestServices.GetRequiredService<SharedLimits>();
                var verdict = await limits.TakeAsync($"sign-in:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}", attemptsPerMinute, Duration.FromMinutes(1), context.RequestAborted);
                if (!verdict.IsAllowed)
                {
                    context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                    context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(verdict.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                    return;
                }
            }

            await next(context);
        });
    }

    private static bool IsSignInAttempt(HttpRequest request)
    {
        var path = (request.Path.Value ?? "").TrimEnd('/');
        return HttpMethods.IsPost(request.Method)
            && SignInPaths.Any(signInPath => string.Equals(path, signInPath, StringComparison.OrdinalIgnoreCase));
    }
}
