using System.Net;
using Fourfold.Web.Features.Demo;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using NodaTime;
using OtpNet;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>Signs in as a demo person through the real sign-in pages, with an authenticator code where they need one.</summary>
public static class Personas
{
    public static HttpClient NewClient(this FourfoldAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.CreateDefaultClient(new Uri("https://localhost"), new ApiAntiforgeryHandler(), new CookieContainerHandler());
    }

    /// <summary>A client that sends the cookie as a browser would for any site's request: no antiforgery header of its own.</summary>
    public static HttpClient NewClientWithoutAntiforgery(this FourfoldAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler());
    }

    public static Task<HttpClient> SignedInAsync(this FourfoldAppFactory app, DemoAccount account) =>
        app.SignInAsync(app.NewClient(), account);

    public static async Task<HttpClient> SignInAsync(this FourfoldAppFactory app, HttpClient client, DemoAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(client);
        var afterPassword = await PasswordAsync(client, account.Email, DemoAccount.Password);
        if (afterPassword.RedirectPath()?.StartsWith("/account/login-code", StringComparison.Ordinal) == true)
        {
            var afterCode = await CodeAsync(client, NextCode(app, account.AuthenticatorKey!));
            Assert.Equal(HttpStatusCode.Redirect, afterCode.StatusCode);
            Assert.Equal("/", afterCode.RedirectPath());
        }
        else
        {
            Assert.Equal("/", afterPassword.RedirectPath());
        }

        return client;
    }

    public static Task<HttpResponseMessage> PasswordAsync(HttpClient client, string email, string password) =>
        Forms.SubmitAsync(client, "/account/login", "sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    public static Task<HttpResponseMessage> CodeAsync(HttpClient client, string code) =>
        Forms.SubmitAsync(client, "/account/login-code", "sign-in-code", new Dictionary<string, string> { ["Input.Code"] = code });

    /// <summary>Moves the app's clock to the next 30-second step and gives the code an authenticator app would show then.</summary>
    public static string NextCode(FourfoldAppFactory app, string key)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Clock.Advance(Duration.FromSeconds(30));
        return CodeNow(app, key);
    }

    public static string CodeNow(FourfoldAppFactory app, string key)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(app.Clock.GetCurrentInstant().ToDateTimeUtc());
    }
}
