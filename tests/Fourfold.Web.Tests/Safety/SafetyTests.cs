using System.Net;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;

namespace Fourfold.Web.Tests.Safety;

/// <summary>Safety on a shared device: "Leave quickly" ends the session and sends the browser elsewhere; the crisis line is the practice's own.</summary>
public abstract class SafetyTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task LeaveQuickly_EndsTheSession_AsksTheBrowserToForgetTheSite_AndGoesToANeutralSite()
    {
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        Assert.Equal(HttpStatusCode.OK, (await dana.GetAsync("/")).StatusCode);
        Assert.Contains("href=\"/leave\"", await dana.GetStringAsync("/me/sessions"), StringComparison.Ordinal);

        var leaving = await dana.GetAsync("/leave");

        Assert.Equal(HttpStatusCode.Redirect, leaving.StatusCode);
        Assert.Equal("https://www.wikipedia.org/", leaving.Headers.Location?.ToString());
        Assert.Contains("\"cookies\"", leaving.Headers.GetValues("Clear-Site-Data").Single(), StringComparison.Ordinal);
        Assert.Contains(leaving.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-fourfold=;", StringComparison.Ordinal));
        Assert.StartsWith("/account/login", (await dana.GetAsync("/")).RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await app.NewClient().GetAsync("/leave")).StatusCode);
    }

    [Fact]
    public async Task TheCrisisLine_IsThePracticesOwn_SetByItsAdministratorWithAMessagePerField()
    {
        var anonymous = await app.NewClient().GetStringAsync("/account/login");
        Assert.Contains("If you are in crisis, call your local emergency number.", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain(">988<", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("tel:988", anonymous, StringComparison.Ordinal);
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        Assert.Contains(">988</a></strong> (United States)", await dana.GetStringAsync("/"), StringComparison.Ordinal);

        var priya = await app.SignedInAsync(DemoAccounts.PriyaNair);
        var refused = await (await Forms.SubmitAsync(priya, "/practice", "safety", new Dictionary<string, string>
        {
            ["Safety.CountryCode"] = "",
            ["Safety.CrisisLine"] = "call me maybe",
        })).Content.ReadAsStringAsync();
        Assert.Contains("Choose the country the practice serves.", refused, StringComparison.Ordinal);
        Assert.Contains("Give a phone number: digits, spaces, +, - and brackets.", WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
        Assert.Contains(">988</a></strong> (United States)", await dana.GetStringAsync("/"), StringComparison.Ordinal);

        var saved = await (await Forms.SubmitAsync(priya, "/practice", "safety", new Dictionary<string, string>
        {
            ["Safety.CountryCode"] = "GB",
            ["Safety.CrisisLine"] = "116 123",
        })).Content.ReadAsStringAsync();
        Assert.Contains("Saved.", saved, StringComparison.Ordinal);
        try
        {
            Assert.Contains(">116 123</a></strong> (United Kingdom)", await dana.GetStringAsync("/"), StringComparison.Ordinal);
            Assert.Contains("href=\"tel:116123\"", await dana.GetStringAsync("/"), StringComparison.Ordinal);
        }
        finally
        {
            await Forms.SubmitAsync(priya, "/practice", "safety", new Dictionary<string, string> { ["Safety.CountryCode"] = "US", ["Safety.CrisisLine"] = "988" });
        }
    }
}

public sealed class SafetyTestsOnSqlite(SqliteApp app) : SafetyTests(app), IClassFixture<SqliteApp>;

public sealed class SafetyTestsOnPostgres(PostgresApp app) : SafetyTests(app), IClassFixture<PostgresApp>;
