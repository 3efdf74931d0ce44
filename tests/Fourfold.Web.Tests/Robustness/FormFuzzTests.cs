using AngleSharp.Html.Parser;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;

namespace Fourfold.Web.Tests.Robustness;

/// <summary>
/// Every form on every page a partner, a couples therapist and a practice administrator reach is posted with what a
/// careless or hostile person might type into each of its fields: nothing, huge text, control and right-to-left characters, markup,
/// numbers and dates that are not numbers or dates. None of it gives a server error.
/// </summary>
public abstract class FormFuzzTests(FourfoldAppFactory app, Xunit.Abstractions.ITestOutputHelper output)
{
    private const int PagesPerPerson = 30;

    /// <summary>What each field of a form gets, one set of values per post.</summary>
    private static readonly string[] Junk =
    [
        "",
        new string('x', 70_000),
        "\u0000\u202e\u200b👩‍❤️‍👨 <script>alert(1)</script> '\"; DROP TABLE \"Cases\"; --",
        "-99999999999999999999",
        "9999-99-99T99:99",
        "not-a-guid-{}",
    ];

    /// <summary>Forms that end the session they are posted in, so that the walk could not go on.</summary>
    private static readonly string[] SigningOut = ["/account/logout", "/leave"];

    [Fact]
    public async Task EveryFormOnEveryPage_TakesJunkWithoutAServerError()
    {
        // In this order: a junk post that happens to be valid (a reason for ending a place) must not take away what a
        // later person would have walked through.
        var failures = new List<string>();
        foreach (var person in new[] { DemoAccounts.DanaHolt, DemoAccounts.MayaLee, DemoAccounts.PriyaNair })
        {
            failures.AddRange(await FuzzFormsAsync(person));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + app.ServerErrors.Describe());
    }

    private async Task<List<string>> FuzzFormsAsync(DemoAccount person)
    {
        var client = await app.SignedInAsync(person);
        var parser = new HtmlParser();
        var forms = new List<(string Page, string Action, List<string> Fields, Dictionary<string, string> Hidden)>();
        await Crawler.CrawlAsync(client, "/", PagesPerPerson, async (page, html) =>
        {
            var document = await parser.ParseDocumentAsync(html);
            foreach (var form in document.QuerySelectorAll("form[method=post]"))
            {
                var action = form.GetAttribute("action") is { Length: > 0 } target ? new Uri(new Uri(client.BaseAddress!, page), target).PathAndQuery : page;
                if (SigningOut.Any(path => action.StartsWith(path, StringComparison.Ordinal)))
                {
                    continue;
                }

                var hidden = form.QuerySelectorAll("input[type=hidden][name]")
                    .Where(input => input.GetAttribute("name") is "_handler")
                    .ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? "");
                var fields = form.QuerySelectorAll("input[name], select[name], textarea[name]")
                    .Select(field => field.GetAttribute("name")!)
                    .Where(name => name is not ("_handler" or "__RequestVerificationToken"))
                    .Distinct()
                    .ToList();
                if (fields.Count > 0)
                {
                    forms.Add((page, action, fields, hidden));
                }
            }
        });

        Assert.True(forms.Count >= 2, $"only {forms.Count} forms with fields were found for {person.DisplayName}");
        var failures = new List<string>();
        var answers = new Dictionary<int, int>();
        // A token is good for the whole signed-in session, and the page that held it may be gone by now.
        var token = await Forms.AntiforgeryTokenAsync(client, "/");
        foreach (var (page, action, fields, hidden) in forms)
        {
            foreach (var value in Junk)
            {
                var body = fields.ToDictionary(name => name, _ => value);
                foreach (var (name, hiddenValue) in hidden)
                {
                    body[name] = hiddenValue;
                }

                body["__RequestVerificationToken"] = token;

                using var content = new FormUrlEncodedContent(body);
                var response = await client.PostAsync(action, content);
                answers[(int)response.StatusCode] = answers.GetValueOrDefault((int)response.StatusCode) + 1;
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{person.DisplayName}: form {hidden.GetValueOrDefault("_handler")} on {page} with a {value.Length}-character value answered {(int)response.StatusCode}");
                }
            }
        }

        output.WriteLine($"{person.DisplayName}: {forms.Count} forms, answers {string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{a.Key}×{a.Value}"))}");
        return failures;
    }
}

public sealed class FormFuzzTestsOnSqlite(SqliteApp app, Xunit.Abstractions.ITestOutputHelper output) : FormFuzzTests(app, output), IClassFixture<SqliteApp>;

public sealed class FormFuzzTestsOnPostgres(PostgresApp app, Xunit.Abstractions.ITestOutputHelper output) : FormFuzzTests(app, output), IClassFixture<PostgresApp>;
