using System.Net;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;

namespace Fourfold.Web.Tests.Records;

public abstract class ItemPagesTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task TheWriteFormOffersWhatTheAuthorMayWrite()
    {
        var park = await Sharing.CaseIdAsync(app, "Park");
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var response = await sam.GetAsync($"/cases/{park}/items/new");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("What you are writing", html, StringComparison.Ordinal);
        Assert.Contains("Avery Park (involved partner)", html, StringComparison.Ordinal);
        Assert.Contains("Support of the betrayed partner (Jordan Blake)", html, StringComparison.Ordinal);
    }
}

public sealed class ItemPagesTestsOnSqlite(SqliteApp app) : ItemPagesTests(app), IClassFixture<SqliteApp>;
