using System.Net;
using System.Text.RegularExpressions;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>Submits the app's server-rendered forms the way a browser does: antiforgery token, form name and fields.</summary>
public static partial class Forms
{
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    /// <summary>Loads <paramref name="page"/> for its token, then posts the named form with the given fields.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string page, string formName, IReadOnlyDictionary<string, string> fields, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var token = await AntiforgeryTokenAsync(client, page);
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token, ["_handler"] = formName };
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(action ?? page, content);
    }

    /// <summary>The page's HTML without the values that change on every request, so that two answers can be compared.</summary>
    public static string Stable(string html) => TokenValuePattern().Replace(html, "value=\"(token)\"");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" )value=\"[^\"]+\"")]
    private static partial Regex TokenValuePattern();
}
