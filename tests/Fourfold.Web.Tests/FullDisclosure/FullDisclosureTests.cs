using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fourfold.Web.Tests.FullDisclosure;

public abstract class FullDisclosureTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task InHolt_DanaNeverReadsADraft_WhileItIsWrittenAndReviewed_SheCanPauseAndResume_AndTheSessionIsBooked_EachStepTakenOnlyByThoseItBelongsTo()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        await AsSeededAsync(holt);
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var seen = await chris.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/disclosure");
        var id = seen.GetProperty("id").GetGuid();
        var questions = seen.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetGuid()).ToList();

        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        Assert.Equal(["to"], await FieldsAsync(await dana.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Review" })));
        Assert.Equal(["text"], await FieldsAsync(await dana.PostAsJsonAsync($"/api/disclosures/{id}/drafts", new { text = "Not mine to write." })));
        Assert.Equal(["text"], await FieldsAsync(await dana.PostAsJsonAsync($"/api/disclosures/{id}/questions", new { text = "One more?" })));

        var third = await chris.PostAsJsonAsync($"/api/disclosures/{id}/drafts", new { text = "The third draft, answering all four.", answers = questions, revision = seen.GetProperty("revision").GetInt32() });
        Assert.Equal(HttpStatusCode.Created, third.StatusCode);
        var draft = (await third.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await dana.GetAsync($"/api/items/{draft}")).StatusCode);
        Assert.Equal(0, (await dana.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/disclosure")).GetProperty("drafts").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, (await chris.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Review", revision = seen.GetProperty("revision").GetInt32() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await chris.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Review" })).StatusCode);

        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var alex = await app.SignedInAsync(DemoAccounts.AlexKim);
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        Assert.Equal(["approval"], await FieldsAsync(await sam.PostAsJsonAsync($"/api/disclosures/{id}/approval", new { })));
        Assert.Equal(HttpStatusCode.OK, (await alex.PostAsJsonAsync($"/api/disclosures/{id}/approval", new { })).StatusCode);
        Assert.Equal(["readiness"], await FieldsAsync(await alex.PostAsJsonAsync($"/api/disclosures/{id}/readiness", new { })));
        Assert.Equal(HttpStatusCode.OK, (await sam.PostAsJsonAsync($"/api/disclosures/{id}/readiness", new { })).StatusCode);

        var reason = "I need to get through my sister's wedding first.";
        Assert.Equal(["reason"], await FieldsAsync(await maya.PostAsJsonAsync($"/api/disclosures/{id}/pause", new { })));
        Assert.Equal(HttpStatusCode.OK, (await dana.PostAsJsonAsync($"/api/disclosures/{id}/pause", new { reason })).StatusCode);
        var paused = await maya.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/disclosure");
        Assert.True(paused.GetProperty("paused").GetBoolean());
        Assert.Equal(reason, paused.GetProperty("steps").EnumerateArray().Last().GetProperty("reason").GetString());
        Assert.All(paused.GetProperty("nextSteps").EnumerateArray(), s => Assert.False(s.GetProperty("allowed").GetBoolean()));
        Assert.Equal(["approval"], await FieldsAsync(await alex.PostAsJsonAsync($"/api/disclosures/{id}/approval", new { })));
        Assert.Equal(["resume"], await FieldsAsync(await chris.PostAsJsonAsync($"/api/disclosures/{id}/resume", new { })));
        Assert.Equal(["resume"], await FieldsAsync(await maya.PostAsJsonAsync($"/api/disclosures/{id}/resume", new { })));
        Assert.Equal(HttpStatusCode.OK, (await sam.PostAsJsonAsync($"/api/disclosures/{id}/resume", new { })).StatusCode);

        Assert.Equal(["to"], await FieldsAsync(await maya.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Scheduled" })));
        var session = await BookDisclosureSessionAsync(maya, holt);
        Assert.Equal(["sessionId"], await FieldsAsync(await maya.PostAsJsonAsync($"/api/disclosures/{id}/session", new { sessionId = Guid.NewGuid() })));
        Assert.Equal(HttpStatusCode.OK, (await maya.PostAsJsonAsync($"/api/disclosures/{id}/session", new { sessionId = session })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await maya.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Scheduled" })).StatusCode);

        var now = await dana.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/disclosure");
        Assert.Equal("Scheduled", now.GetProperty("state").GetString());
        Assert.Equal(session, now.GetProperty("sessionId").GetGuid());
        Assert.Equal("Alex Kim", now.GetProperty("approval").GetProperty("byName").GetString()!.Replace("Dr. ", "", StringComparison.Ordinal));
        Assert.Equal(["Entered", "Entered", "Entered", "Entered", "Paused", "Resumed", "Entered"], now.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task InReed_OnlyAProfessionalStartsADisclosure_OneAtATime_WithAPlanCheckedFieldByField_AndItsWordsEncryptedAtRest()
    {
        var reed = await Sharing.CaseIdAsync(app, "Reed");
        var morgan = await app.SignedInAsync(DemoAccounts.MorganReed);
        Assert.Equal(HttpStatusCode.NotFound, (await morgan.GetAsync($"/api/cases/{reed}/disclosure")).StatusCode);
        Assert.Equal(["stage"], await FieldsAsync(await morgan.PostAsJsonAsync($"/api/cases/{reed}/disclosure", new { })));

        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        Assert.Equal(["targetDate"], await FieldsAsync(await maya.PostAsJsonAsync($"/api/cases/{reed}/disclosure", new { place = "Harbor Counseling", targetDate = "2001-01-01" })));
        var target = app.Clock.GetCurrentInstant().InUtc().Date.PlusDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var started = await maya.PostAsJsonAsync($"/api/cases/{reed}/disclosure", new { place = "Room 4, the quiet corridor", polygraph = "BeforeDisclosure", targetDate = target });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(["stage"], await FieldsAsync(await maya.PostAsJsonAsync($"/api/cases/{reed}/disclosure", new { })));

        var planning = await maya.GetFromJsonAsync<JsonElement>($"/api/cases/{reed}/disclosure");
        Assert.False(planning.GetProperty("plan").GetProperty("settled").GetBoolean());
        Assert.StartsWith("Settle where it happens", Assert.Single(planning.GetProperty("nextSteps").EnumerateArray()).GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("Planning", (await morgan.GetFromJsonAsync<JsonElement>($"/api/cases/{reed}/disclosure")).GetProperty("state").GetString());
        Assert.Equal(["to"], await FieldsAsync(await maya.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Questions" })));
        Assert.Equal(HttpStatusCode.OK, (await maya.PutAsJsonAsync($"/api/disclosures/{id}/plan", new { place = "Room 4, the quiet corridor", polygraph = "BeforeDisclosure", polygraphExaminer = "R. Okafor", targetDate = target })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await maya.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Questions" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await morgan.PostAsJsonAsync($"/api/disclosures/{id}/pause", new { reason = "Not this month." })).StatusCode);

        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var stored = await db.Database.SqlQueryRaw<string>("""SELECT "Place" AS "Value" FROM "FullDisclosures" UNION ALL SELECT "PolygraphExaminer" FROM "FullDisclosures" UNION ALL SELECT "Reason" FROM "FullDisclosureSteps" WHERE "Reason" <> ''""").ToListAsync();
        Assert.NotEmpty(stored);
        Assert.DoesNotContain(stored, text => text.Contains("quiet corridor", StringComparison.Ordinal) || text.Contains("Okafor", StringComparison.Ordinal) || text.Contains("this month", StringComparison.Ordinal));
    }

    /// <summary>The demo as seeded: Dana sees her questions and no draft, each professional the drafts written for them, no one off the team anything.</summary>
    private async Task AsSeededAsync(Guid holt)
    {
        var dana = await (await app.SignedInAsync(DemoAccounts.DanaHolt)).GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/disclosure");
        Assert.Equal("Drafting", dana.GetProperty("state").GetString());
        Assert.Equal("AfterDisclosure", dana.GetProperty("plan").GetProperty("polygraph").GetString());
        var questions = dana.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], questions.Select(q => q.GetProperty("number").GetInt32()));
        Assert.All(questions, q => Assert.Equal(0, q.GetProperty("answeredInDrafts").GetArrayLength()));
        Assert.Equal(0, dana.GetProperty("drafts").GetArrayLength());

        var alex = await app.SignedInAsync(DemoAccounts.AlexKim);
        var alexView = await alex.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/disclosure");
        var drafts = alexView.GetProperty("drafts").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(2, drafts.Count);
        Assert.Equal(["1,2", "1,2", "2", ""], alexView.GetProperty("questions").EnumerateArray()
            .Select(q => string.Join(',', q.GetProperty("answeredInDrafts").EnumerateArray().Select(n => n.GetInt32()))));
        Assert.Equal(2, (await (await app.SignedInAsync(DemoAccounts.MayaLee)).GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/disclosure")).GetProperty("drafts").GetArrayLength());
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        Assert.Equal([drafts[1]], (await sam.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/disclosure")).GetProperty("drafts").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()));

        var danaClient = await app.SignedInAsync(DemoAccounts.DanaHolt);
        foreach (var draft in drafts)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await danaClient.GetAsync($"/api/items/{draft}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync($"/api/items/{drafts[0]}")).StatusCode);
        foreach (var outsider in new[] { DemoAccounts.JordanBlake, DemoAccounts.PriyaNair, DemoAccounts.RileyPark, DemoAccounts.MorganReed })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(outsider)).GetAsync($"/api/cases/{holt}/disclosure")).StatusCode);
        }
    }

    private async Task<Guid> BookDisclosureSessionAsync(HttpClient maya, Guid holt)
    {
        var team = (await maya.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}")).GetProperty("team").EnumerateArray()
            .Where(m => m.GetProperty("personId").ValueKind == JsonValueKind.String && m.GetProperty("status").GetString() == "Active")
            .Select(m => m.GetProperty("personId").GetGuid()).ToList();
        var from = app.Clock.GetCurrentInstant().InUtc().Date.PlusDays(21);
        var found = await maya.GetFromJsonAsync<JsonElement>(
            $"/api/cases/{holt}/slots?participants={string.Join(',', team)}&from={Iso(from)}&to={Iso(from.PlusDays(6))}&minutes=120");
        var start = found.GetProperty("slots").EnumerateArray().First().GetProperty("start").GetDateTimeOffset();
        var booked = await maya.PostAsJsonAsync($"/api/cases/{holt}/sessions", new { kind = "Disclosure", start, minutes = 120 });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        return (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<List<string>> FieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
    }
}

public sealed class FullDisclosureTestsOnSqlite(SqliteApp app) : FullDisclosureTests(app), IClassFixture<SqliteApp>;

public sealed class FullDisclosureTestsOnPostgres(PostgresApp app) : FullDisclosureTests(app), IClassFixture<PostgresApp>;
