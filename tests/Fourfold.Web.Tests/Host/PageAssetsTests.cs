using System.Net;
using AngleSharp.Html.Parser;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;

namespace Fourfold.Web.Tests.Host;

/// <summary>
/// Every page reachable by following links, as each kind of person, loads its stylesheet, icon, scripts and images
/// from addresses the browser resolves against the page itself: the CSP's <c>base-uri 'none'</c> makes browsers
/// ignore any <c>&lt;base&gt;</c> element.
/// </summary>
public abstract class PageAssetsTests(FourfoldAppFactory app)
{
    private const int PagesPerPerson = 40;

    public static TheoryData<string> People => ["", DemoAccounts.DanaHolt.Email, DemoAccounts.MayaLee.Email, DemoAccounts.PriyaNair.Email];

    [Theory]
    [MemberData(nameof(People))]
    public async Task EveryReachablePage_LoadsEachOfItsAssets(string email)
    {
        var client = email.Length == 0 ? app.NewClient() : await app.SignedInAsync(DemoAccounts.All.Single(a => a.Email == email));
        var parser = new HtmlParser();
        var checkedAssets = new Dictionary<string, HttpStatusCode>();
        var failures = new List<string>();

        var visited = await Crawler.CrawlAsync(client, email.Length == 0 ? "/account/login" : "/", PagesPerPerson, async (page, html) =>
        {
            var document = await parser.ParseDocumentAsync(html);
            if (document.QuerySelector("base") is not null)
            {
                failures.Add($"{page} has a <base> element, which the CSP makes browsers ignore.");
            }

            var assets = document.QuerySelectorAll("link[href]").Select(e => e.GetAttribute("href"))
                .Concat(document.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")))
                .OfType<string>()
                .Where(asset => !asset.StartsWith("data:", StringComparison.Ordinal));
            foreach (var asset in assets)
            {
                var resolved = new Uri(new Uri(client.BaseAddress!, page), asset).PathAndQuery;
                if (!checkedAssets.TryGetValue(resolved, out var status))
                {
                    status = (await client.GetAsync(resolved)).StatusCode;
                    checkedAssets[resolved] = status;
                }

                if (status != HttpStatusCode.OK)
                {
                    failures.Add($"{page}: {asset} resolves to {resolved}, which answers {(int)status}.");
                }
            }
        });

        Assert.True(visited >= (email.Length == 0 ? 2 : 4), $"Only {visited} pages were reached.");
        Assert.Contains(checkedAssets.Keys, a => a.StartsWith("/css/", StringComparison.Ordinal));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

public sealed class PageAssetsTestsOnSqlite(SqliteApp app) : PageAssetsTests(app), IClassFixture<SqliteApp>;

public sealed class PageAssetsTestsOnPostgres(PostgresApp app) : PageAssetsTests(app), IClassFixture<PostgresApp>;
