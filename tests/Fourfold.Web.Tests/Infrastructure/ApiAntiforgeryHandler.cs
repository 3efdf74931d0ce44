using System.Net.Http.Json;
using System.Text.Json;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>
/// Does what Fourfold's own pages do before an API call that changes something with the session cookie: asks for the
/// antiforgery token and sends it in its header. Calls with a bearer token, or with a header already set, pass as they are.
/// </summary>
public sealed class ApiAntiforgeryHandler : DelegatingHandler
{
    public const string HeaderName = "X-CSRF-TOKEN";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (NeedsToken(request))
        {
            using var tokenRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(request.RequestUri!, "/api/antiforgery"));
            using var tokenResponse = await base.SendAsync(tokenRequest, cancellationToken);
            if (tokenResponse.IsSuccessStatusCode)
            {
                var token = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                request.Headers.Add(HeaderName, token.GetProperty("token").GetString());
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private static bool NeedsToken(HttpRequestMessage request) =>
        request.RequestUri is { } uri
        && uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal)
        && request.Method != HttpMethod.Get && request.Method != HttpMethod.Head
        && request.Headers.Authorization is null
        && !request.Headers.Contains(HeaderName);
}
