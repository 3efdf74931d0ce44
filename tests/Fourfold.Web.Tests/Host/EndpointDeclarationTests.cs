using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Host;

/// <summary>Every page and endpoint declares who may reach it; the anonymous ones are exactly this list.</summary>
public sealed class EndpointDeclarationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] Anonymous =
    [
        "/account/forgot-password", "/account/locked", "/account/login", "/account/login-code", "/account/login-recovery",
        "/account/passkeys/request-options", "/account/reset-password", "/calendar/{secret}.ics", "/error", "/health", "/invitations/{Secret}", "/leave", "/not-found",
    ];

    /// <summary>Endpoints the framework maps for itself: static files and Blazor's redirect helper.</summary>
    private static readonly string[] Framework = ["{**path:file}", "/_framework/opaque-redirect"];

    [Fact]
    public void EveryEndpoint_DeclaresItsAccessRequirement()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsStaticAsset(e.RoutePattern.RawText ?? "") && !Framework.Contains(e.RoutePattern.RawText))
            .ToList();
        Assert.NotEmpty(endpoints);

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        Assert.Empty(undeclared);

        var anonymous = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText!.TrimEnd('/'))
            .Where(route => !route.StartsWith("/api/auth", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(Anonymous, anonymous);
    }

    [Fact]
    public void EveryEndpoint_DeclaresWhatItWritesToTheAuditTrail()
    {
        var undeclared = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsStaticAsset(e.RoutePattern.RawText ?? "") && !Framework.Contains(e.RoutePattern.RawText))
            .Where(e => e.Metadata.GetMetadata<AuditedAttribute>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.Empty(undeclared);
    }

    private static bool IsStaticAsset(string route) =>
        route.StartsWith("css/", StringComparison.Ordinal) || route.StartsWith("js/", StringComparison.Ordinal) || route.StartsWith("favicon", StringComparison.Ordinal) || route.StartsWith("_framework", StringComparison.Ordinal) || route.StartsWith("_content", StringComparison.Ordinal);
}
