using System.Net;
using AngleSharp.Html.Parser;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>Walks the pages a person reaches by following links, as a browser would.</summary>
public static class Crawler
{
    /// <summary>Follows same-site links breadth first, GET only, leaving out the API, calendar feeds and "Leave quickly" (which signs out).</summary>
    public static async Task<int> CrawlAsync(HttpClient client, string start, int maxPages, Func<string, string, Task> onPage)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(onPage);
        var parser = new HtmlParser();
        var queue = new Queue<string>([start]);
        var seen = new HashSet<string>([start]);
        var visited = 0;
        var skipped = new List<string>();
        while (queue.Count > 0 && visited < maxPages)
        {
            var page = queue.Dequeue();
            var response = await client.GetAsync(page);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                skipped.Add($"{page}: {(int)response.StatusCode}");
                continue;
            }

            visited++;
            var html = await response.Content.ReadAsStringAsync();
            await onPage(page, html);
            foreach (var href in (await parser.ParseDocumentAsync(html)).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var link = new Uri(new Uri(client.BaseAddress!, page), href);
                var path = link.PathAndQuery;
                if (link.Host == client.BaseAddress!.Host && !path.StartsWith("/api", StringComparison.Ordinal)
                    && !path.StartsWith("/calendar", StringComparison.Ordinal) && path != "/leave" && seen.Add(path))
                {
                    queue.Enqueue(path);
                }
            }
        }

        Assert.True(visited > 0, "No page answered: " + string.Join(", ", skipped));
        return visited;
    }
}
