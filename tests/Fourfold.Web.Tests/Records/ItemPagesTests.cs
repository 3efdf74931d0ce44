using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

    [Fact]
    public async Task TheEditFormOpensForTheHolderOnly()
    {
        var park = await Sharing.CaseIdAsync(app, "Park");
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var timeline = await sam.GetFromJsonAsync<JsonElement>($"/api/cases/{park}/timeline");
        var mine = timeline.GetProperty("items").EnumerateArray().First(i => i.GetProperty("authorName").GetString() == "Sam Ortiz");
        var id = mine.GetProperty("id").GetGuid();

        var form = await sam.GetStringAsync($"/items/{id}/edit");
        Assert.Contains(System.Net.WebUtility.HtmlEncode(mine.GetProperty("title").GetString()!), form, StringComparison.Ordinal);

        var jordan = await app.SignedInAsync(DemoAccounts.JordanBlake);
        Assert.Equal(HttpStatusCode.NotFound, (await jordan.GetAsync($"/items/{id}/edit")).StatusCode);
    }
}

public abstract class AuthorizationPreviewOverItemsTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task ThePreviewCountsTheItemsEachPersonWouldNewlyRead_DecidedItemByItem()
    {
        var park = await Sharing.CaseIdAsync(app, "Park");
        var jordan = await app.SignedInAsync(DemoAccounts.JordanBlake);
        var written = await jordan.PostAsJsonAsync($"/api/cases/{park}/items", new
        {
            kind = "SessionSummary",
            subject = "BetrayedPartner",
            audience = new[] { "BetrayedPartner", "SupportOfInvolvedPartner" },
            title = "Coaching: telling my sister",
            body = "Riley planned the conversation.",
            occurredOn = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var riley = await app.SignedInAsync(DemoAccounts.RileyPark);
        var preview = await (await riley.PostAsJsonAsync($"/api/cases/{park}/authorizations/preview", new
        {
            recipientRoles = new[] { "SupportOfInvolvedPartner" },
            categories = new[] { "SessionSummary" },
            purpose = "So that Avery's therapist knows what I work on",
            lastDay = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })).Content.ReadFromJsonAsync<JsonElement>();

        var sam = preview.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Sam Ortiz");
        // The summary written for Riley counts; the demo summary written for Sam alone is hidden from Riley, so it does not.
        Assert.Equal(1, sam.GetProperty("itemsGained").GetInt32());
        Assert.Equal(0, sam.GetProperty("itemsLost").GetInt32());
    }
}

public sealed class AuthorizationPreviewOverItemsTestsOnSqlite(SqliteApp app) : AuthorizationPreviewOverItemsTests(app), IClassFixture<SqliteApp>;

public sealed class ItemPagesTestsOnSqlite(SqliteApp app) : ItemPagesTests(app), IClassFixture<SqliteApp>;
