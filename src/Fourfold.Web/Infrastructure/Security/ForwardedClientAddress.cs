using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Behind a reverse proxy every connection comes from the proxy, so sign-in limits would count all clients as one and
/// the audit trail would name the proxy. The client's address is taken from <c>X-Forwarded-For</c> only on connections
/// from a proxy named in <c>Proxy:KnownProxies</c> (addresses) or <c>Proxy:KnownNetworks</c> (CIDR ranges); with neither
/// set, forwarded headers are ignored, so that no client can choose the address it is recorded under.
/// </summary>
internal static class ForwardedClientAddress
{
    public static void UseForwardedClientAddress(this WebApplication app)
    {
        var proxies = app.Configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [];
        var networks = app.Configuration.GetSection("Proxy:KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0)
        {
            return;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"Proxy:KnownProxies holds \"{proxy}\", which is not an IP address."));
        }

        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range)
                ? range
                : throw new InvalidOperationException($"Proxy:KnownNetworks holds \"{network}\", which is not a CIDR range such as 10.0.0.0/8."));
        }

        app.UseForwardedHeaders(options);
    }
}
