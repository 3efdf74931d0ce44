using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>Signs in through the API for a bearer token, and calls the API with one, as a client program does.</summary>
public static class Bearer
{
    public static async Task<string> TokenAsync(FourfoldAppFactory app, string email, string? twoFactorCode = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var login = await app.NewClient().PostAsJsonAsync("/api/auth/login", new { email, password = Features.Demo.DemoAccount.Password, twoFactorCode });
        Assert.Equal(System.Net.HttpStatusCode.OK, login.StatusCode);
        return (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static async Task<HttpResponseMessage> GetAsync(FourfoldAppFactory app, string path, string token)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await app.NewClient().SendAsync(request);
    }
}
