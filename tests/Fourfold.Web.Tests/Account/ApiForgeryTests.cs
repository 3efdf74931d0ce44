using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;

namespace Fourfold.Web.Tests.Account;

/// <summary>
/// Another site can make a signed-in browser send its cookie, but not read Fourfold's antiforgery token nor name
/// Fourfold as the request's origin: an API change made with the cookie needs both.
/// </summary>
public abstract class ApiForgeryTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task ACookieCallWithoutTheToken_ChangesNothing()
    {
        var dana = await app.SignInAsync(app.NewClientWithoutAntiforgery(), DemoAccounts.DanaHolt);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());
        var forged = await dana.PostAsync("/api/me/calendar-feed", form);
        var logout = await dana.PostAsync("/api/auth/logout", null);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("X-CSRF-TOKEN", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await dana.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task ACookieCallFromAnotherOrigin_IsRefused_EvenWithAToken()
    {
        var dana = await app.SignInAsync(app.NewClientWithoutAntiforgery(), DemoAccounts.DanaHolt);
        var token = (await dana.GetFromJsonAsync<JsonElement>("/api/antiforgery")).GetProperty("token").GetString();

        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/api/me/calendar-feed");
        foreign.Headers.Add("X-CSRF-TOKEN", token);
        foreign.Headers.Add("Origin", "https://attacker.example");
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/api/me/calendar-feed");
        crossSite.Headers.Add("X-CSRF-TOKEN", token);
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var own = new HttpRequestMessage(HttpMethod.Post, "/api/me/calendar-feed");
        own.Headers.Add("X-CSRF-TOKEN", token);
        own.Headers.Add("Origin", "https://localhost");

        Assert.Equal(HttpStatusCode.Forbidden, (await dana.SendAsync(foreign)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dana.SendAsync(crossSite)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await dana.SendAsync(own)).StatusCode);
    }

    [Fact]
    public async Task ABearerCall_NeedsNoToken()
    {
        var login = await app.NewClient().PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.RileyPark.Email, password = DemoAccount.Password });
        var bearer = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/me/calendar-feed");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);

        Assert.Equal(HttpStatusCode.OK, (await app.NewClientWithoutAntiforgery().SendAsync(request)).StatusCode);
    }
}

public sealed class ApiForgeryTestsOnSqlite(SqliteApp app) : ApiForgeryTests(app), IClassFixture<SqliteApp>;

public sealed class ApiForgeryTestsOnPostgres(PostgresApp app) : ApiForgeryTests(app), IClassFixture<PostgresApp>;
