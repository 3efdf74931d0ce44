using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Records;

public abstract class TimelineApiTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task EachPersonaSeesADifferentCorrectStoryOfTheParkCase()
    {
        var park = await Sharing.CaseIdAsync(app, "Park");

        var jordan = await TitlesAsync(DemoAccounts.JordanBlake, park);
        var sam = await TitlesAsync(DemoAccounts.SamOrtiz, park);
        var riley = await TitlesAsync(DemoAccounts.RileyPark, park);
        var avery = await TitlesAsync(DemoAccounts.AveryPark, park);

        Assert.Equal(["Avery: first month of recovery work", "Coaching: boundaries and self-care", "Where I am now"], jordan);
        Assert.Equal(["Preparing to meet Sam Ortiz", "Progress note", "Avery: first month of recovery work"], sam);
        Assert.Equal(["Preparing to meet Sam Ortiz", "Where I am now"], riley);
        Assert.Empty(avery);
    }

    [Fact]
    public async Task TimelinePagesWalkTheWholeStoryNewestFirstWithoutGapsOrRepeats()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var all = await maya.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/timeline?limit=100");
        var everything = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.True(everything.Count >= 5);
        Assert.Equal(JsonValueKind.Null, all.GetProperty("next").ValueKind);

        var walked = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await maya.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/timeline?limit=2" + (cursor is null ? "" : $"&before={cursor}"));
            walked.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetGuid().ToString();
        }
        while (cursor is not null);

        Assert.Equal(everything, walked);
    }

    [Fact]
    public async Task EachItemSaysWhoElseCanSeeItAndWhy_WhenAskedFor()
    {
        var park = await Sharing.CaseIdAsync(app, "Park");
        var jordan = await app.SignedInAsync(DemoAccounts.JordanBlake);

        var plain = await jordan.GetFromJsonAsync<JsonElement>($"/api/cases/{park}/timeline");
        var withVisibility = await jordan.GetFromJsonAsync<JsonElement>($"/api/cases/{park}/timeline?visibility=true");

        Assert.All(plain.GetProperty("items").EnumerateArray(), i => Assert.Equal(0, i.GetProperty("visibleTo").GetArrayLength()));
        var summary = withVisibility.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Avery: first month of recovery work");
        var lines = summary.GetProperty("visibleTo").EnumerateArray().ToList();
        Assert.Equal(4, lines.Count);
        var riley = lines.Single(l => l.GetProperty("name").GetString() == "Riley Park");
        Assert.False(riley.GetProperty("canSee").GetBoolean());
        Assert.Equal("it was not written for them", riley.GetProperty("reason").GetString());
        Assert.Contains("Avery Park's authorization", lines.Single(l => l.GetProperty("name").GetString() == "Jordan Blake").GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATimelineOfACaseTheReaderIsNotOnAnswers404()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var jordan = await app.SignedInAsync(DemoAccounts.JordanBlake);
        var response = await jordan.GetAsync($"/api/cases/{holt}/timeline");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var jordanId = (await db.Users.SingleAsync(u => u.Email == DemoAccounts.JordanBlake.Email)).Id;
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ActorId == jordanId && e.Action == "ReadDenied" && e.AuditedCaseId == holt && e.Rule == "NotOnCase"));
    }

    private async Task<List<string>> TitlesAsync(DemoAccount account, Guid caseId)
    {
        var client = await app.SignedInAsync(account);
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/timeline?limit=100");
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }
}

public sealed class TimelineApiTestsOnSqlite(SqliteApp app) : TimelineApiTests(app), IClassFixture<SqliteApp>;

public sealed class TimelineApiTestsOnPostgres(PostgresApp app) : TimelineApiTests(app), IClassFixture<PostgresApp>;
