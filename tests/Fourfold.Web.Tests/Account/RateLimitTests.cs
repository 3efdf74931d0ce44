using System.Net;
using Fourfold.Web.Tests.Infrastructure;

namespace Fourfold.Web.Tests.Account;

public sealed class AppWithStrictSignInLimit : SqliteApp
{
    protected override int SignInAttemptsPerMinute => 3;
}

public sealed class RateLimitTests(AppWithStrictSignInLimit app) : IClassFixture<AppWithStrictSignInLimit>
{
    [Fact]
    public async Task SignInAttempts_BeyondTheLimit_Answer429WithRetryAfter()
    {
        var client = app.NewClient();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var allowed = await Personas.PasswordAsync(client, "nobody@accounts.test", "wrong-password-here");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var limited = await Personas.PasswordAsync(client, "nobody@accounts.test", "wrong-password-here");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }
}
