using System.Net;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Host;

public abstract class HostTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task Health_WithTheDatabaseReachable_Answers200()
    {
        var response = await app.NewClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Pages_CarryTheSecurityHeaders()
    {
        var response = await app.NewClient().GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Cookies_AreHostPrefixedSecureAndHttpOnly()
    {
        var client = app.NewClient();
        var response = await Personas.PasswordAsync(client, Features.Demo.DemoAccounts.DanaHolt.Email, Features.Demo.DemoAccount.Password);

        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-fourfold=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownPage_Answers404WithAFriendlyPage()
    {
        var client = await app.SignedInAsync(Features.Demo.DemoAccounts.RileyPark);

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProduct_MapsNoBenchmarkEndpoint_TheLoadRunsYardstickLivesInItsOwnHost()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var routes = app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>().Select(e => e.RoutePattern.RawText ?? "").ToList();

        var response = await app.NewClient().GetAsync($"/bench/raw-timeline/{holt}");

        Assert.NotEmpty(routes);
        Assert.DoesNotContain(routes, route => route.StartsWith("/bench", StringComparison.OrdinalIgnoreCase));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("ClinicalItems", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class HostTestsOnSqlite(SqliteApp app) : HostTests(app), IClassFixture<SqliteApp>;

public sealed class HostTestsOnPostgres(PostgresApp app) : HostTests(app), IClassFixture<PostgresApp>;
