using Fourfold.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace Fourfold.Web.Tests.Account;

/// <summary>The page a passkey answer was signed on must be this site: the configured origins, or else the address asked.</summary>
public sealed class PasskeyOriginTests
{
    [Theory]
    [InlineData("https://fourfold.example", false, true)]
    [InlineData("https://fourfold.example/", false, true)]
    [InlineData("https://FOURFOLD.example", false, true)]
    [InlineData("http://fourfold.example", false, false)]
    [InlineData("https://fourfold.example:8443", false, false)]
    [InlineData("https://evil.example", false, false)]
    [InlineData("https://fourfold.example.evil.example", false, false)]
    [InlineData("https://fourfold.example", true, false)]
    [InlineData("", false, false)]
    [InlineData("fourfold.example", false, false)]
    public void WithoutConfiguredOrigins_OnlyTheAddressTheRequestCameTo(string origin, bool crossOrigin, bool expected) =>
        Assert.Equal(expected, PasskeyOrigins.From(Configuration()).IsExpected(Context(origin, crossOrigin, "fourfold.example")));

    [Fact]
    public void WithConfiguredOrigins_OnlyThose_WhateverHostTheRequestNames()
    {
        var origins = PasskeyOrigins.From(Configuration(("SignIn:PasskeyOrigins:0", "https://app.fourfold.example"), ("SignIn:PasskeyOrigins:1", "https://fourfold.example/")));

        Assert.True(origins.IsExpected(Context("https://app.fourfold.example", false, "internal-host:8080")));
        Assert.True(origins.IsExpected(Context("https://fourfold.example", false, "internal-host:8080")));
        Assert.False(origins.IsExpected(Context("https://internal-host:8080", false, "internal-host:8080")));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    private static PasskeyOriginValidationContext Context(string origin, bool crossOrigin, string host)
    {
        var http = new DefaultHttpContext();
        http.Request.Scheme = "https";
        http.Request.Host = new HostString(host);
        return new PasskeyOriginValidationContext { HttpContext = http, Origin = origin, CrossOrigin = crossOrigin };
    }
}
