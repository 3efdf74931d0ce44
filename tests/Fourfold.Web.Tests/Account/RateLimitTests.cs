using System.Net;
using System.Net.Http.Json;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Account;

public sealed class AppWithStrictSignInLimit : SqliteApp
{
    public override int SignInAttemptsPerMinute => 3;
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

    [Fact]
    public async Task TheLimit_CountsTheApiSignInAndEveryStepOfASignInTogether()
    {
        app.Clock.Advance(NodaTime.Duration.FromMinutes(5));
        try
        {
            var client = app.NewClient();
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var allowed = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@accounts.test", password = "wrong-password-here" });
                Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
            }

            Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@accounts.test", password = "wrong-password-here" })).StatusCode);
            using var recovery = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.RecoveryCode"] = "AAAA-AAAA" });
            Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/account/login-recovery", recovery)).StatusCode);
            using var code = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Code"] = "000000" });
            Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/account/login-code", code)).StatusCode);
        }
        finally
        {
            app.Clock.Advance(NodaTime.Duration.FromMinutes(-5));
        }
    }
}

public sealed class PostgresAppWithStrictSignInLimit : PostgresApp
{
    public override int SignInAttemptsPerMinute => 3;
}

/// <summary>Several instances of the app count against one limit: a client cannot multiply it by reaching several servers.</summary>
public abstract class SharedSignInLimitTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task TwoInstancesOnOneDatabase_CountSignInAttemptsTogether()
    {
        await using var second = new SecondInstance(app);
        var first = app.NewClient();
        var other = second.NewClient();

        foreach (var client in new[] { first, other, first })
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Personas.PasswordAsync(client, "nobody@accounts.test", "wrong-password-here")).StatusCode);
        }

        var limited = await Personas.PasswordAsync(other, "nobody@accounts.test", "wrong-password-here");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Personas.PasswordAsync(first, "nobody@accounts.test", "wrong-password-here")).StatusCode);
    }
}

public sealed class SharedSignInLimitTestsOnSqlite(AppWithStrictSignInLimit app) : SharedSignInLimitTests(app), IClassFixture<AppWithStrictSignInLimit>;

public sealed class SharedSignInLimitTestsOnPostgres(PostgresAppWithStrictSignInLimit app) : SharedSignInLimitTests(app), IClassFixture<PostgresAppWithStrictSignInLimit>;

/// <summary>"Forgot password" cannot be used to flood someone's inbox, nor hammered from one address.</summary>
public abstract class PasswordResetLimitTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task ResetRequests_SendAtMostThreeEmailsAnHourToAnAccount_AndTenRequestsAnHourFromAnAddress()
    {
        var user = await Accounts.CreateAsync(app, Domain.People.PersonKind.Client);
        var client = app.NewClient();
        var answers = new List<string>();
        for (var request = 0; request < 12; request++)
        {
            var answer = await Forms.SubmitAsync(client, "/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email! });
            answers.Add(await answer.Content.ReadAsStringAsync());
        }

        Assert.Equal(3, Mail.To(app, user.Email!).Count);
        Assert.All(answers.Take(10), answer => Assert.Contains("If an account uses that address, we have sent it a link", answer, StringComparison.Ordinal));
        Assert.All(answers.Skip(10), answer => Assert.Contains("Many reset requests have come from this connection", answer, StringComparison.Ordinal));

        app.Clock.Advance(NodaTime.Duration.FromHours(1));
        try
        {
            await Forms.SubmitAsync(client, "/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email! });
            Assert.Equal(4, Mail.To(app, user.Email!).Count);
        }
        finally
        {
            app.Clock.Advance(-NodaTime.Duration.FromHours(1));
        }
    }

    [Fact]
    public async Task EndedWindows_AreForgottenByTheHourlyJob_AndRunningOnesKept()
    {
        var now = app.Clock.GetCurrentInstant().ToUnixTimeSeconds();
        var old = new Data.Limits.RateLimitCounter { Key = "test:" + Guid.NewGuid(), WindowStart = now - (2 * 86_400), Count = 7 };
        var running = new Data.Limits.RateLimitCounter { Key = "test:" + Guid.NewGuid(), WindowStart = now - 60, Count = 2 };
        using (var scope = app.Services.CreateScope())
        {
            var db = FourfoldAppFactory.SystemDb(scope);
            db.RateLimitCounters.AddRange(old, running);
            await db.SaveChangesAsync();
        }

        using (var scope = app.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Web.Infrastructure.Security.ExpiredLimitsJob>().RunAsync(CancellationToken.None) >= 1);
        }

        using (var scope = app.Services.CreateScope())
        {
            var keys = await FourfoldAppFactory.SystemDb(scope).RateLimitCounters.Select(c => c.Key).ToListAsync();
            Assert.DoesNotContain(old.Key, keys);
            Assert.Contains(running.Key, keys);
        }
    }
}

public sealed class PasswordResetLimitTestsOnSqlite(SqliteApp app) : PasswordResetLimitTests(app), IClassFixture<SqliteApp>;

public sealed class PasswordResetLimitTestsOnPostgres(PostgresApp app) : PasswordResetLimitTests(app), IClassFixture<PostgresApp>;
