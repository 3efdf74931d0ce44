using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Fourfold.Data.Identity;
using Fourfold.Domain.People;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fourfold.Web.Tests.Account;

public abstract partial class SignInTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task Client_WithTheirPassword_IsSignedIn()
    {
        var client = await app.SignedInAsync(DemoAccounts.DanaHolt);

        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Holt", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var response = await app.NewClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Professional_AfterPasswordOnly_IsAskedForACodeAndReachesNothing()
    {
        var client = app.NewClient();

        var afterPassword = await Personas.PasswordAsync(client, DemoAccounts.MayaLee.Email, DemoAccount.Password);

        Assert.StartsWith("/account/login-code", afterPassword.RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/cases")).StatusCode);
    }

    [Fact]
    public async Task Administrator_AfterPasswordOnly_IsAskedForACodeAndReachesNothing()
    {
        var client = app.NewClient();

        var afterPassword = await Personas.PasswordAsync(client, DemoAccounts.PriyaNair.Email, DemoAccount.Password);

        Assert.StartsWith("/account/login-code", afterPassword.RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/practice")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/cases")).StatusCode);
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.PriyaNair.Email, password = DemoAccount.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task Professional_WithAWrongCode_IsRefused()
    {
        var client = app.NewClient();
        await Personas.PasswordAsync(client, DemoAccounts.SamOrtiz.Email, DemoAccount.Password);

        var response = await Personas.CodeAsync(client, "000000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That code is not valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task AuthenticatorCode_IsAcceptedOnceOnly()
    {
        var first = app.NewClient();
        await Personas.PasswordAsync(first, DemoAccounts.JordanBlake.Email, DemoAccount.Password);
        var code = Personas.NextCode(app, DemoAccounts.JordanBlake.AuthenticatorKey!);
        Assert.Equal("/", (await Personas.CodeAsync(first, code)).RedirectPath());

        var second = app.NewClient();
        await Personas.PasswordAsync(second, DemoAccounts.JordanBlake.Email, DemoAccount.Password);
        var replay = await Personas.CodeAsync(second, code);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("That code is not valid", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_AfterFiveWrongPasswords_IsLockedEvenForTheRightOne()
    {
        var user = await Accounts.CreateAsync(app, PersonKind.Client);
        var client = app.NewClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await Personas.PasswordAsync(client, user.Email!, "not-the-password-at-all");
            Assert.Equal(attempt < 4 ? HttpStatusCode.OK : HttpStatusCode.Redirect, wrong.StatusCode);
        }

        var right = await Personas.PasswordAsync(client, user.Email!, DemoAccount.Password);

        Assert.Equal("/account/locked", right.RedirectPath());
    }

    [Fact]
    public async Task Account_AfterFiveWrongCodes_IsLocked()
    {
        var user = await Accounts.CreateAsync(app, PersonKind.Professional, DemoSeeder.HarborCounseling);
        var key = await EnrolAsync(user);
        var client = app.NewClient();
        await Personas.PasswordAsync(client, user.Email!, DemoAccount.Password);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Personas.CodeAsync(client, "111111");
        }

        var right = await Personas.CodeAsync(client, Personas.NextCode(app, key));

        Assert.Equal("/account/locked", right.RedirectPath());
    }

    [Fact]
    public async Task Account_AfterFiveWrongRecoveryCodes_IsLocked_EvenForARightOne()
    {
        var user = await Accounts.CreateAsync(app, PersonKind.Professional, DemoSeeder.HarborCounseling);
        await EnrolAsync(user);
        string code;
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<FourfoldUser>>();
            code = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.Id.ToString()))!, 10))!.First();
        }

        var client = app.NewClient();
        await Personas.PasswordAsync(client, user.Email!, DemoAccount.Password);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Forms.SubmitAsync(client, "/account/login-recovery", "sign-in-recovery", new Dictionary<string, string> { ["Input.RecoveryCode"] = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF" });
        }

        var right = await Forms.SubmitAsync(client, "/account/login-recovery", "sign-in-recovery", new Dictionary<string, string> { ["Input.RecoveryCode"] = code });

        Assert.Equal("/account/locked", right.RedirectPath());
        using var check = app.Services.CreateScope();
        Assert.True(await check.ServiceProvider.GetRequiredService<UserManager<FourfoldUser>>().IsLockedOutAsync((await check.ServiceProvider.GetRequiredService<UserManager<FourfoldUser>>().FindByIdAsync(user.Id.ToString()))!));
    }

    [Fact]
    public async Task RecoveryCodes_AreStoredHashed_AndEachWorksOnce()
    {
        var user = await Accounts.CreateAsync(app, PersonKind.Professional, DemoSeeder.HarborCounseling);
        await EnrolAsync(user);
        string[] codes;
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<FourfoldUser>>();
            codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.Id.ToString()))!, 10))!.ToArray();
            var stored = await FourfoldAppFactory.SystemDb(scope).UserTokens.Where(t => t.UserId == user.Id).Select(t => t.Value).ToListAsync();
            Assert.DoesNotContain(stored, value => codes.Any(code => value!.Contains(code, StringComparison.OrdinalIgnoreCase)));
        }

        var first = app.NewClient();
        await Personas.PasswordAsync(first, user.Email!, DemoAccount.Password);
        var used = await Forms.SubmitAsync(first, "/account/login-recovery", "sign-in-recovery", new Dictionary<string, string> { ["Input.RecoveryCode"] = codes[0] });
        Assert.Equal("/", used.RedirectPath());

        var second = app.NewClient();
        await Personas.PasswordAsync(second, user.Email!, DemoAccount.Password);
        var reused = await Forms.SubmitAsync(second, "/account/login-recovery", "sign-in-recovery", new Dictionary<string, string> { ["Input.RecoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("not valid or has been used", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var third = app.NewClient();
        await Personas.PasswordAsync(third, user.Email!, DemoAccount.Password);
        var another = await Forms.SubmitAsync(third, "/account/login-recovery", "sign-in-recovery", new Dictionary<string, string> { ["Input.RecoveryCode"] = codes[1] });
        Assert.Equal("/", another.RedirectPath());
    }

    [Fact]
    public async Task Professional_WithoutAnAuthenticator_MustEnrolBeforeReachingAnyCase()
    {
        var user = await Accounts.CreateAsync(app, PersonKind.Professional, DemoSeeder.HarborCounseling);
        var client = app.NewClient();
        Assert.Equal("/", (await Personas.PasswordAsync(client, user.Email!, DemoAccount.Password)).RedirectPath());

        var home = await client.GetAsync("/");
        Assert.Equal("/account/authenticator", home.RedirectPath());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/cases")).StatusCode);

        var enrolment = await client.GetStringAsync("/account/authenticator");
        var key = KeyPattern().Match(enrolment).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var enrolled = await Forms.SubmitAsync(client, "/account/authenticator", "enrol-authenticator",
            new Dictionary<string, string> { ["Input.Code"] = Personas.NextCode(app, key) });

        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Contains("recovery codes", await enrolled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = await app.SignedInAsync(DemoAccounts.ChrisHolt);

        var token = await Forms.AntiforgeryTokenAsync(client, "/");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var signedOut = await client.PostAsync("/account/logout", form);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_IsRefused()
    {
        var client = await app.SignedInAsync(DemoAccounts.AveryPark);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());
        var response = await client.PostAsync("/account/logout", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task ApiLogin_WithPasswordAndCode_GivesABearerTokenForTheCallersCasesOnly()
    {
        var api = app.NewClient();
        var login = await api.PostAsJsonAsync("/api/auth/login", new
        {
            email = DemoAccounts.AlexKim.Email,
            password = DemoAccount.Password,
            twoFactorCode = Personas.NextCode(app, DemoAccounts.AlexKim.AuthenticatorKey!),
        });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var cases = await (await api.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(new[] { "Holt" }, cases.EnumerateArray().Select(c => c.GetProperty("label").GetString()).ToArray());
    }

    [Fact]
    public async Task ApiRefresh_KeepsAProfessionalsSecondFactor()
    {
        var api = app.NewClient();
        var login = await SamsApiLoginAsync(api);

        var refreshed = await api.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var token = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task ApiRefresh_CountsTheAbsoluteTimeoutFromTheFirstSignIn_NotFromTheLastRefresh()
    {
        var api = app.NewClient();
        var login = await SamsApiLoginAsync(api);

        var advanced = Duration.Zero;
        try
        {
            app.Clock.Advance(Duration.FromHours(11));
            advanced += Duration.FromHours(11);
            var refreshed = await api.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() });
            Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
            var again = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshToken").GetString();

            app.Clock.Advance(Duration.FromHours(2));
            advanced += Duration.FromHours(2);
            var late = await api.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = again });
            Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);
        }
        finally
        {
            app.Clock.Advance(-advanced);
        }
    }

    private async Task<JsonElement> SamsApiLoginAsync(HttpClient api) =>
        await (await api.PostAsJsonAsync("/api/auth/login", new
        {
            email = DemoAccounts.SamOrtiz.Email,
            password = DemoAccount.Password,
            twoFactorCode = Personas.NextCode(app, DemoAccounts.SamOrtiz.AuthenticatorKey!),
        })).Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task ApiLogin_ProfessionalWithoutCode_GetsNoToken()
    {
        var login = await app.NewClient().PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.MayaLee.Email, password = DemoAccount.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task ApiRegistration_IsNotOffered()
    {
        var register = await app.NewClient().PostAsJsonAsync("/api/auth/register", new { email = "new@accounts.test", password = DemoAccount.Password });

        Assert.Equal(HttpStatusCode.NotFound, register.StatusCode);
    }

    [Fact]
    public async Task PasswordReset_ByEmailLink_SetsANewPassword()
    {
        var user = await Accounts.CreateAsync(app, PersonKind.Client);
        var client = app.NewClient();

        await Forms.SubmitAsync(client, "/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email! });
        var link = Mail.LinkTo(app, user.Email!, "/account/reset-password");
        var reset = await Forms.SubmitAsync(client, link, "reset-password", new Dictionary<string, string>
        {
            ["Input.Password"] = "a brand new passphrase",
            ["Input.ConfirmPassword"] = "a brand new passphrase",
            ["Input.Email"] = user.Email!,
            ["Input.Token"] = Uri.UnescapeDataString(ResetToken().Match(link).Groups[1].Value),
        });

        Assert.Contains("Your password is changed", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/", (await Personas.PasswordAsync(app.NewClient(), user.Email!, "a brand new passphrase")).RedirectPath());
    }

    private async Task<string> EnrolAsync(FourfoldUser user)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FourfoldUser>>();
        var fresh = (await users.FindByIdAsync(user.Id.ToString()))!;
        await users.ResetAuthenticatorKeyAsync(fresh);
        await users.SetTwoFactorEnabledAsync(fresh, true);
        return (await users.GetAuthenticatorKeyAsync(fresh))!;
    }

    [GeneratedRegex("<code class=\"key\">([a-z2-7 ]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("token=([^&\\s]+)")]
    private static partial Regex ResetToken();
}

public sealed class SignInTestsOnSqlite(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;

public sealed class SignInTestsOnPostgres(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;
