using System.Net;
using Fourfold.Domain.People;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using NodaTime;

namespace Fourfold.Web.Tests.Account;

/// <summary>
/// A browser session ends after 30 minutes without a request and 12 hours after signing in however busy it is, and
/// signing in always starts a new session rather than adopting one the browser already held (session fixation).
/// </summary>
public abstract class SessionTimeoutTests(FourfoldAppFactory app)
{
    private const string SessionCookie = "__Host-fourfold";

    [Fact]
    public async Task ASessionLeftAlone_EndsAfterThirtyMinutes_WhileOneInUse_CarriesOn()
    {
        var idle = await SignedInClientAsync();
        var busy = await SignedInClientAsync();
        await AdvancedAsync(async advance =>
        {
            foreach (var _ in Enumerable.Range(0, 4))
            {
                await advance(Duration.FromMinutes(20));
                Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/")).StatusCode);
            }

            Assert.StartsWith("/account/login", (await idle.GetAsync("/")).RedirectPath(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Unauthorized, (await idle.GetAsync("/api/cases")).StatusCode);

            await advance(Duration.FromMinutes(31));
            Assert.StartsWith("/account/login", (await busy.GetAsync("/")).RedirectPath(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ASessionInUseAllDay_EndsTwelveHoursAfterSigningIn()
    {
        var client = await SignedInClientAsync();
        await AdvancedAsync(async advance =>
        {
            foreach (var _ in Enumerable.Range(0, 35))
            {
                await advance(Duration.FromMinutes(20));
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            }

            await advance(Duration.FromMinutes(21));
            Assert.StartsWith("/account/login", (await client.GetAsync("/")).RedirectPath(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task SigningIn_IssuesANewSessionCookie_AndTheOneTheBrowserHeldBeforeNeverBecomesTheNewSession()
    {
        var planter = await NamedClientAsync("Pat Planter");
        var victim = await NamedClientAsync("Val Victim");
        var planted = await SessionCookieOfSignInAsync(app.NewClient(), planter.Email!);

        var browser = app.NewClient();
        browser.DefaultRequestHeaders.Add("Cookie", $"{SessionCookie}={planted}");
        var issued = await SessionCookieOfSignInAsync(browser, victim.Email!);
        var again = await SessionCookieOfSignInAsync(app.NewClient(), victim.Email!);

        Assert.NotEqual(planted, issued);
        Assert.NotEqual(issued, again);
        var withPlanted = app.NewClientWithoutAntiforgery();
        withPlanted.DefaultRequestHeaders.Add("Cookie", $"{SessionCookie}={planted}");
        var plantedPage = await withPlanted.GetStringAsync("/profile");
        Assert.Contains("Pat Planter", plantedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Val Victim", plantedPage, StringComparison.Ordinal);
        Assert.Contains("Val Victim", await browser.GetStringAsync("/profile"), StringComparison.Ordinal);
    }

    private async Task<Data.Identity.FourfoldUser> NamedClientAsync(string name)
    {
        var user = await Accounts.CreateAsync(app, PersonKind.Client);
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        (await db.Users.SingleAsync(u => u.Id == user.Id)).DisplayName = name;
        await db.SaveChangesAsync();
        return user;
    }

    private async Task<HttpClient> SignedInClientAsync()
    {
        var user = await Accounts.CreateAsync(app, PersonKind.Client);
        var client = app.NewClient();
        Assert.Equal("/", (await Personas.PasswordAsync(client, user.Email!, DemoAccount.Password)).RedirectPath());
        return client;
    }

    private static async Task<string> SessionCookieOfSignInAsync(HttpClient client, string email)
    {
        var signedIn = await Personas.PasswordAsync(client, email, DemoAccount.Password);
        Assert.Equal("/", signedIn.RedirectPath());
        var cookie = SetCookieHeaderValue.ParseList(signedIn.Headers.GetValues("Set-Cookie").ToList())
            .Single(c => c.Name.Value == SessionCookie && !string.IsNullOrEmpty(c.Value.Value));
        return cookie.Value.Value!;
    }

    /// <summary>Runs steps that move the app's clock forward, and puts the clock back for the fixture's other tests.</summary>
    private async Task AdvancedAsync(Func<Func<Duration, Task>, Task> steps)
    {
        var advanced = Duration.Zero;
        try
        {
            await steps(by =>
            {
                app.Clock.Advance(by);
                advanced += by;
                return Task.CompletedTask;
            });
        }
        finally
        {
            app.Clock.Advance(-advanced);
        }
    }
}

public sealed class SessionTimeoutTestsOnSqlite(SqliteApp app) : SessionTimeoutTests(app), IClassFixture<SqliteApp>;

public sealed class SessionTimeoutTestsOnPostgres(PostgresApp app) : SessionTimeoutTests(app), IClassFixture<PostgresApp>;
