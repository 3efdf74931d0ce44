using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.AccessHistory;

/// <summary>
/// "Who has seen my information" (DESIGN.md section 3): reads by others of what the partner may read now, never a
/// psychotherapy note, never an item kept from them, not the author's own reads; grouped by reader and item; every
/// read reachable through paging.
/// </summary>
public abstract class AccessHistoryTests(FourfoldAppFactory app)
{
    private static readonly DemoAccount[] Partners =
        [DemoAccounts.DanaHolt, DemoAccounts.ChrisHolt, DemoAccounts.MorganReed, DemoAccounts.CaseyReed, DemoAccounts.RileyPark, DemoAccounts.AveryPark];

    private static readonly DemoAccount[] Professionals = [DemoAccounts.MayaLee, DemoAccounts.SamOrtiz, DemoAccounts.AlexKim, DemoAccounts.JordanBlake];

    private static string Yesterday => DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AReadByTheOtherPartnersTherapistUnderAnAuthorization_IsListedOnceWithItsCount_InPlainWords_AndForNobodyElse()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        await Sharing.SignAsync(app, chris, DemoAccounts.ChrisHolt, "Holt", ["SupportOfBetrayedPartner"], ["AssessmentSummary"], "So that Dana's therapist understands my assessment", days: 60);
        var alex = await app.SignedInAsync(DemoAccounts.AlexKim);
        var item = await WriteAsync(alex, holt, "AssessmentSummary", "InvolvedPartner", ["InvolvedPartner", "SupportOfBetrayedPartner"], "Assessment for the team " + Guid.NewGuid());
        await OpenAsync(alex, item, 2);

        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        await OpenAsync(sam, item, 3);

        var entries = (await HistoryAsync(chris)).Where(e => e.GetProperty("itemId").GetGuid() == item).ToList();
        var entry = Assert.Single(entries);
        Assert.Equal(DemoAccounts.SamOrtiz.DisplayName, entry.GetProperty("reader").GetString());
        Assert.Equal(3, entry.GetProperty("times").GetInt32());
        Assert.Equal("your partner's therapist", entry.GetProperty("relation").GetString());
        Assert.Equal("your authorization", entry.GetProperty("allowedBy").GetString());
        var page = await chris.GetStringAsync("/me/access-history");
        Assert.Contains("<strong>Sam Ortiz</strong>, your partner&#x27;s therapist, opened", page, StringComparison.Ordinal);
        Assert.Contains("3 times, last on", page, StringComparison.Ordinal);

        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        Assert.DoesNotContain(await HistoryAsync(dana), e => e.GetProperty("itemId").GetGuid() == item);
    }

    [Fact]
    public async Task APsychotherapyNoteAboutThePartner_NeverAppearsInTheirHistory_AndNothingListedIsAnItemTheyCannotOpen()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var note = await WriteAsync(sam, holt, "PsychotherapyNote", "BetrayedPartner", [], "Process note " + Guid.NewGuid());
        await OpenAsync(sam, note, 2);
        foreach (var professional in Professionals)
        {
            await OpenEverythingAsync(await app.SignedInAsync(professional));
        }

        foreach (var partner in Partners)
        {
            var client = await app.SignedInAsync(partner);
            var entries = await HistoryAsync(client);
            Assert.DoesNotContain(entries, e => e.GetProperty("itemId").GetGuid() == note);
            foreach (var entry in entries)
            {
                var response = await client.GetAsync($"/api/items/{entry.GetProperty("itemId").GetGuid()}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{partner.DisplayName}'s history names item {entry.GetProperty("itemId")}, which answers them {(int)response.StatusCode}.");
                var item = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("item");
                Assert.NotEqual("PsychotherapyNote", item.GetProperty("kind").GetString());
                Assert.NotEqual(item.GetProperty("authorName").GetString(), entry.GetProperty("reader").GetString());
                Assert.NotEqual(item.GetProperty("holderName").GetString(), entry.GetProperty("reader").GetString());
                Assert.NotEqual(partner.DisplayName, entry.GetProperty("reader").GetString());
                Assert.Equal(item.GetProperty("title").GetString(), entry.GetProperty("itemTitle").GetString());
            }
        }
    }

    [Fact]
    public async Task EveryItemAboutThePartnerOnTheCouplesTherapistsTimelinePages_ThatSheDidNotWrite_IsListed()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var opened = await OpenEverythingAsync(maya, openEach: false);

        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var expected = new HashSet<Guid>();
        foreach (var item in opened.Where(i => i.GetProperty("caseId").GetGuid() == holt && i.GetProperty("subject").GetString() is "InvolvedPartner" or "Couple"))
        {
            if (item.GetProperty("authorName").GetString() != DemoAccounts.MayaLee.DisplayName && item.GetProperty("holderName").GetString() != DemoAccounts.MayaLee.DisplayName
                && (await chris.GetAsync($"/api/items/{item.GetProperty("id").GetGuid()}")).StatusCode == HttpStatusCode.OK)
            {
                expected.Add(item.GetProperty("id").GetGuid());
            }
        }

        var listed = (await HistoryAsync(chris)).Where(e => e.GetProperty("reader").GetString() == DemoAccounts.MayaLee.DisplayName)
            .Select(e => e.GetProperty("itemId").GetGuid()).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, listed);
    }

    [Fact]
    public async Task ACoupleEntryWrittenForOnePersonByName_IsKeptFromTheOtherPartnersHistory_AndAuthorsRereadingTheirOwnAreLeftOut()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var forMaya = await WriteAsync(chris, holt, "HistoryEntry", "Couple", [], "For Dr. Lee only " + Guid.NewGuid(), [await PersonIdAsync(DemoAccounts.MayaLee)]);
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var shared = await WriteAsync(dana, holt, "HistoryEntry", "Couple", ["InvolvedPartner", "CouplesTherapist"], "What the weekend was like " + Guid.NewGuid());
        await OpenAsync(dana, shared, 4);
        await OpenAsync(chris, shared, 3);
        await OpenAsync(chris, forMaya, 2);
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        await OpenAsync(maya, forMaya, 1);
        await OpenAsync(maya, shared, 2);

        var danas = await HistoryAsync(dana);
        Assert.DoesNotContain(danas, e => e.GetProperty("itemId").GetGuid() == forMaya);
        Assert.DoesNotContain(danas, e => e.GetProperty("reader").GetString() == DemoAccounts.DanaHolt.DisplayName);
        Assert.Equal(3, Single(danas, DemoAccounts.ChrisHolt, shared).GetProperty("times").GetInt32());
        Assert.Equal("your partner", Single(danas, DemoAccounts.ChrisHolt, shared).GetProperty("relation").GetString());
        Assert.Equal(2, Single(danas, DemoAccounts.MayaLee, shared).GetProperty("times").GetInt32());
        Assert.Equal("your couples therapist", Single(danas, DemoAccounts.MayaLee, shared).GetProperty("relation").GetString());

        // Dana looking at her own history names items to her; that is not her opening them in Chris's eyes.
        var byDanaBefore = (await HistoryAsync(chris)).Where(e => e.GetProperty("reader").GetString() == DemoAccounts.DanaHolt.DisplayName).Select(KeyAndTimes).ToList();
        await dana.GetStringAsync("/me/access-history");
        await HistoryAsync(dana);
        var chriss = await HistoryAsync(chris);
        Assert.Equal(byDanaBefore, chriss.Where(e => e.GetProperty("reader").GetString() == DemoAccounts.DanaHolt.DisplayName).Select(KeyAndTimes).ToList());
        Assert.DoesNotContain(chriss, e => e.GetProperty("itemId").GetGuid() == shared && e.GetProperty("reader").GetString() == DemoAccounts.DanaHolt.DisplayName);
        Assert.Equal(2, Single(chriss, DemoAccounts.MayaLee, shared).GetProperty("times").GetInt32());
        Assert.Equal(1, Single(chriss, DemoAccounts.MayaLee, forMaya).GetProperty("times").GetInt32());
        Assert.DoesNotContain(chriss, e => e.GetProperty("reader").GetString() == DemoAccounts.ChrisHolt.DisplayName);
    }

    [Fact]
    public async Task PagingWithTheCursor_ReachesEveryEntryOnce_InTheSameOrderAsOneLongPage()
    {
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        await OpenEverythingAsync(await app.SignedInAsync(DemoAccounts.SamOrtiz));
        await OpenEverythingAsync(await app.SignedInAsync(DemoAccounts.MayaLee));

        var whole = (await dana.GetFromJsonAsync<JsonElement>("/api/me/access-history?limit=200")).EnumerateArray().Select(Key).ToList();
        var paged = new List<string>();
        var next = "/api/me/access-history?limit=2";
        var pages = 0;
        while (next is not null)
        {
            var response = await dana.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            paged.AddRange((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(Key));
            next = response.Headers.TryGetValues("Link", out var links) ? links.Single().Split(';')[0].Trim('<', '>') : null;
            pages++;
        }

        Assert.True(whole.Count >= 3, $"Only {whole.Count} entries to page through.");
        Assert.True(pages >= 2);
        Assert.Equal(whole, paged);
        Assert.Equal(paged.Count, paged.Distinct().Count());
        Assert.Equal(HttpStatusCode.BadRequest, (await dana.GetAsync("/api/me/access-history?after=not-a-cursor")).StatusCode);
    }

    private static string KeyAndTimes(JsonElement entry) => $"{Key(entry)}x{entry.GetProperty("times").GetInt32()}";

    private static string Key(JsonElement entry) => $"{entry.GetProperty("reader").GetString()}/{entry.GetProperty("itemId").GetGuid()}";

    private static JsonElement Single(IEnumerable<JsonElement> entries, DemoAccount reader, Guid item) =>
        Assert.Single(entries, e => e.GetProperty("itemId").GetGuid() == item && e.GetProperty("reader").GetString() == reader.DisplayName);

    private static async Task<List<JsonElement>> HistoryAsync(HttpClient partner)
    {
        var entries = new List<JsonElement>();
        string? next = "/api/me/access-history?limit=200";
        while (next is not null)
        {
            var response = await partner.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            entries.AddRange((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
            next = response.Headers.TryGetValues("Link", out var links) ? links.Single().Split(';')[0].Trim('<', '>') : null;
        }

        return entries;
    }

    private static async Task<Guid> WriteAsync(HttpClient author, Guid caseId, string kind, string subject, string[] audience, string title, Guid[]? audiencePeople = null)
    {
        var response = await author.PostAsJsonAsync($"/api/cases/{caseId}/items",
            new { kind, subject, audience, title, body = "Written for this test.", occurredOn = Yesterday, audiencePeople = audiencePeople ?? [], assessmentUsed = kind == "AssessmentSummary" ? "Clinical interview" : null });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task OpenAsync(HttpClient reader, Guid item, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/items/{item}")).StatusCode);
        }
    }

    /// <summary>Reads every case's whole story as this person, and opens each item in it unless told not to; returns what it read.</summary>
    private static async Task<List<JsonElement>> OpenEverythingAsync(HttpClient reader, bool openEach = true)
    {
        var items = new List<JsonElement>();
        foreach (var summary in (await reader.GetFromJsonAsync<JsonElement>("/api/cases")).EnumerateArray())
        {
            var caseId = summary.GetProperty("id").GetGuid();
            Guid? before = null;
            do
            {
                var page = await reader.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/timeline?limit=100{(before is { } b ? $"&before={b}" : "")}");
                items.AddRange(page.GetProperty("items").EnumerateArray());
                before = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetGuid();
            }
            while (before is not null);
        }

        foreach (var item in items.Where(_ => openEach))
        {
            await OpenAsync(reader, item.GetProperty("id").GetGuid(), 1);
        }

        return items;
    }

    private async Task<Guid> PersonIdAsync(DemoAccount account)
    {
        using var scope = app.Services.CreateScope();
        return (await FourfoldAppFactory.SystemDb(scope).Users.SingleAsync(u => u.Email == account.Email)).PersonId.Value;
    }
}

public sealed class AccessHistoryTestsOnSqlite(SqliteApp app) : AccessHistoryTests(app), IClassFixture<SqliteApp>;

public sealed class AccessHistoryTestsOnPostgres(PostgresApp app) : AccessHistoryTests(app), IClassFixture<PostgresApp>;
