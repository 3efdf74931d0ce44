using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Fourfold.Data.Identity;
using Fourfold.Domain.People;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Account;

/// <summary>
/// A session ends everywhere at the very next request when its person signs out, changes their password or second
/// factor: browser sessions, copied cookies and bearer tokens alike.
/// </summary>
public abstract partial class SessionEndTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task ApiSignOut_EndsTheBearerTokenAndEveryBrowserSession_AtTheNextRequest()
    {
        var user = await Accounts.CreateAsync(app, PersonKind.Client);
        var browser = await SignedInAsync(user);
        var token = await BearerTokenAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await GetWithBearerAsync("/api/cases", token)).StatusCode);

        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        logout.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.NoContent, (await app.NewClient().SendAsync(logout)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithBearerAsync("/api/cases", token)).StatusCode);
        Assert.StartsWith("/account/login", (await browser.GetAsync("/")).RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutInOneBrowser_EndsACopyOfItsCookie_AndTheBearerTokens()
    {
        var user = await Accounts.CreateAsync(app, PersonKind.Client);
        var browser = await SignedInAsync(user);
        var copy = app.NewClient();
        copy.DefaultRequestHeaders.Add("Cookie", await CookieHeaderAsync(browser));
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/")).StatusCode);
        var token = await BearerTokenAsync(user);

        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = await Forms.AntiforgeryTokenAsync(browser, "/") };
        using var content = new FormUrlEncodedContent(form);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync("/account/logout", content)).StatusCode);

        Assert.StartsWith("/account/login", (await copy.GetAsync("/")).RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithBearerAsync("/api/cases", token)).StatusCode);
    }

    [Fact]
    public async Task ChangingThePassword_KeepsThisSession_AndEndsEveryOther()
    {
        var user = await Accounts.CreateAsync(app, PersonKind.Client);
        var here = await SignedInAsync(user);
        var elsewhere = await SignedInAsync(user);
        var token = await BearerTokenAsync(user);

        var changed = await Forms.SubmitAsync(here, "/account/security", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = DemoAccount.Password,
            ["Input.NewPassword"] = "another long passphrase",
            ["Input.ConfirmPassword"] = "another long passphrase",
        });

        Assert.Contains("Your password is changed", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/")).StatusCode);
        Assert.StartsWith("/account/login", (await elsewhere.GetAsync("/")).RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithBearerAsync("/api/cases", token)).StatusCode);
    }

    [Fact]
    public async Task TurningOnAnAuthenticator_KeepsThisSession_AndEndsEveryOther()
    {
        var user = await Accounts.CreateAsync(app, PersonKind.Client);
        var here = await SignedInAsync(user);
        var elsewhere = await SignedInAsync(user);

        var enrolment = await here.GetStringAsync("/account/authenticator");
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/")).StatusCode);
        var key = KeyPattern().Match(enrolment).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var enrolled = await Forms.SubmitAsync(here, "/account/authenticator", "enrol-authenticator",
            new Dictionary<string, string> { ["Input.Code"] = Personas.NextCode(app, key) });

        Assert.Contains("recovery codes", await enrolled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/")).StatusCode);
        Assert.StartsWith("/account/login", (await elsewhere.GetAsync("/")).RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecondFactorsSecrets_AreNotReadableInTheDatabase_AndStillWork()
    {
        var user = await Accounts.CreateAsync(app, PersonKind.Client);
        var client = await SignedInAsync(user);
        var key = KeyPattern().Match(await client.GetStringAsync("/account/authenticator")).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var enrolled = await (await Forms.SubmitAsync(client, "/account/authenticator", "enrol-authenticator",
            new Dictionary<string, string> { ["Input.Code"] = Personas.NextCode(app, key) })).Content.ReadAsStringAsync();
        var codes = RecoveryCodePattern().Matches(enrolled).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(10, codes.Count);
        Assert.All(codes, code => Assert.Matches("^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){5}$", code));
        using (var scope = app.Services.CreateScope())
        {
            var stored = await FourfoldAppFactory.SystemDb(scope).UserTokens.Where(t => t.UserId == user.Id).ToListAsync();
            var storedKey = stored.Single(t => t.Name == "AuthenticatorKey").Value!;
            Assert.StartsWith("enc1:", storedKey, StringComparison.Ordinal);
            Assert.DoesNotContain(key, storedKey, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(stored, t => codes.Any(code => t.Value!.Contains(code.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)));
        }

        var withCode = app.NewClient();
        Assert.StartsWith("/account/login-code", (await Personas.PasswordAsync(withCode, user.Email!, DemoAccount.Password)).RedirectPath(), StringComparison.Ordinal);
        Assert.Equal("/", (await Personas.CodeAsync(withCode, Personas.NextCode(app, key))).RedirectPath());
        var withRecovery = app.NewClient();
        await Personas.PasswordAsync(withRecovery, user.Email!, DemoAccount.Password);
        Assert.Equal("/", (await Forms.SubmitAsync(withRecovery, "/account/login-recovery", "sign-in-recovery",
            new Dictionary<string, string> { ["Input.RecoveryCode"] = codes[3].ToLowerInvariant() })).RedirectPath());
    }

    [Fact]
    public async Task TheDemoAuthenticatorKeys_AreEncryptedAtStart()
    {
        using var scope = app.Services.CreateScope();
        var maya = await FourfoldAppFactory.SystemDb(scope).Users.SingleAsync(u => u.Email == DemoAccounts.MayaLee.Email);
        var stored = await FourfoldAppFactory.SystemDb(scope).UserTokens.SingleAsync(t => t.UserId == maya.Id && t.Name == "AuthenticatorKey");

        Assert.StartsWith("enc1:", stored.Value, StringComparison.Ordinal);
        Assert.Equal(DemoAccounts.MayaLee.AuthenticatorKey, await scope.ServiceProvider.GetRequiredService<UserManager<FourfoldUser>>().GetAuthenticatorKeyAsync(maya));
    }

    private async Task<HttpClient> SignedInAsync(FourfoldUser user)
    {
        var client = app.NewClient();
        Assert.Equal("/", (await Personas.PasswordAsync(client, user.Email!, DemoAccount.Password)).RedirectPath());
        return client;
    }

    private Task<string> BearerTokenAsync(FourfoldUser user) => Bearer.TokenAsync(app, user.Email!);

    private Task<HttpResponseMessage> GetWithBearerAsync(string path, string token) => Bearer.GetAsync(app, path, token);

    /// <summary>The cookies a browser holds for the site, as the header a copy of them would send.</summary>
    private static async Task<string> CookieHeaderAsync(HttpClient browser)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/antiforgery");
        var echo = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, echo.StatusCode);
        return string.Join("; ", echo.RequestMessage!.Headers.GetValues("Cookie"));
    }

    [GeneratedRegex("<code class=\"key\">([a-z2-7 ]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([0-9A-Z-]+)</code></li>")]
    private static partial Regex RecoveryCodePattern();
}

public sealed class SessionEndTestsOnSqlite(SqliteApp app) : SessionEndTests(app), IClassFixture<SqliteApp>;

public sealed class SessionEndTestsOnPostgres(PostgresApp app) : SessionEndTests(app), IClassFixture<PostgresApp>;
