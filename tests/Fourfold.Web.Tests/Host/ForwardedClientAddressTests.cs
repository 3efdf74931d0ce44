using System.Net;
using System.Net.Http.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Host;

/// <summary>Every connection of these apps comes from 10.0.0.5, as from a reverse proxy in front of them.</summary>
public class AppBehindAProxy : SqliteApp
{
    public const string Proxy = "10.0.0.5";

    protected virtual bool TrustsTheProxy => true;

    protected override void ConfigureMore(IWebHostBuilder builder)
    {
        if (TrustsTheProxy)
        {
            builder.UseSetting("Proxy:KnownProxies:0", Proxy);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new ConnectionsFrom(IPAddress.Parse(Proxy))));
    }

    private sealed class ConnectionsFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class AppBehindAnUnknownProxy : AppBehindAProxy
{
    protected override bool TrustsTheProxy => false;
}

public sealed class ForwardedClientAddressTests(AppBehindAProxy app) : IClassFixture<AppBehindAProxy>
{
    [Fact]
    public async Task BehindAKnownProxy_TheAuditTrailNamesTheClient_NotTheProxy() =>
        Assert.Equal("203.0.113.7", await FailedSignInRecordedFromAsync(app, "203.0.113.7"));

    internal static async Task<string> FailedSignInRecordedFromAsync(FourfoldAppFactory app, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = JsonContent.Create(new { email = DemoAccounts.DanaHolt.Email, password = "not the password" }),
        };
        request.Headers.Add("X-Forwarded-For", client);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().SendAsync(request)).StatusCode);

        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        return await db.AuditEvents.OrderByDescending(e => e.Sequence).Select(e => e.ClientAddress).FirstAsync();
    }
}

public sealed class UnknownProxyTests(AppBehindAnUnknownProxy app) : IClassFixture<AppBehindAnUnknownProxy>
{
    [Fact]
    public async Task WithoutAKnownProxy_AForwardedAddressIsIgnored() =>
        Assert.Equal(AppBehindAProxy.Proxy, await ForwardedClientAddressTests.FailedSignInRecordedFromAsync(app, "203.0.113.7"));
}
