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

    /// <summary>
    /// Posts the named form as the page renders it, with its own hidden fields (and nothing typed), the way a browser
    /// does when its only button is pressed.
    /// </summary>
    public static async Task<HttpResponseMessage> PressAsync(HttpClient client, string page, string formName)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(page);
        var form = FormPattern().Matches(html).Select(m => m.Value).SingleOrDefault(f => f.Contains($"name=\"_handler\" value=\"{formName}\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No form {formName} on {page}.");
        var fields = HiddenPattern().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(page, content);
    }

    /// <summary>The page's HTML without the values that change on every request, so that two answers can be compared.</summary>
    public static string Stable(string html) => TokenValuePattern().Replace(html, "value=\"(token)\"");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenPattern();

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" )value=\"[^\"]+\"")]
    private static partial Regex TokenValuePattern();
}
