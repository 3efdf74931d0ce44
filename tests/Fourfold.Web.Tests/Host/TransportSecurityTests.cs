using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;

namespace Fourfold.Web.Tests.Host;

/// <summary>Outside development: HSTS for a year on every subdomain, and every cookie of every sign-in step bound to this origin.</summary>
public sealed class TransportSecurityTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Hsts_AsksForHttpsForAYear_OnSubdomainsToo()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Host = "fourfold.example";

        var response = await app.NewClient().SendAsync(request);

        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task PagesAndApiAnswersWithClientData_AreNeverStored()
    {
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var holt = await Sharing.CaseIdAsync(app, "Holt");

        foreach (var path in new[] { "/", $"/cases/{holt}", $"/cases/{holt}/timeline", "/me/access-history", $"/api/cases/{holt}/timeline" })
        {
            var response = await dana.GetAsync(path);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path} may be stored");
        }
    }

    [Fact]
    public async Task TheSecondFactorStepsCookie_HasTheHostPrefix()
    {
        var afterPassword = await Personas.PasswordAsync(app.NewClient(), DemoAccounts.SamOrtiz.Email, DemoAccount.Password);

        var cookies = afterPassword.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("__Host-fourfold-2fa=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(cookies, c => c.StartsWith("Identity.", StringComparison.Ordinal));
    }
}
