using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using NodaTime;

namespace Fourfold.Web.Tests.PartnerMeetings;

public abstract class PartnerMeetingTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task InPark_SamSeesWhatRileyPrepared_AcceptsWithAvery_AndBooksTheThreeOfThem_AndNobodyElseSeesTheRequest()
    {
        var park = await Sharing.CaseIdAsync(app, "Park");
        var riley = await app.SignedInAsync(DemoAccounts.RileyPark);
        var mine = Single(await riley.GetFromJsonAsync<JsonElement>($"/api/cases/{park}/meeting-requests"));
        Assert.Equal("AwaitingTherapist", mine.GetProperty("status").GetString());
        var prepared = mine.GetProperty("preparation").GetProperty("text").GetString()!;
        Assert.Contains("I am not asking for an answer to these.", prepared, StringComparison.Ordinal);
        Assert.Contains("Avery's work trips", prepared, StringComparison.Ordinal);
        var id = mine.GetProperty("id").GetGuid();

        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var samView = Single(await sam.GetFromJsonAsync<JsonElement>($"/api/cases/{park}/meeting-requests"));
        Assert.Equal(prepared, samView.GetProperty("preparation").GetProperty("text").GetString());
        Assert.False(samView.GetProperty("answerWouldReachRequester").GetBoolean());

        var avery = await app.SignedInAsync(DemoAccounts.AveryPark);
        var averyView = Single(await avery.GetFromJsonAsync<JsonElement>($"/api/cases/{park}/meeting-requests"));
        Assert.Equal(JsonValueKind.Null, averyView.GetProperty("preparation").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await avery.GetAsync($"/api/items/{mine.GetProperty("preparation").GetProperty("id").GetGuid()}")).StatusCode);
        var jordan = await app.SignedInAsync(DemoAccounts.JordanBlake);
        Assert.Equal(0, (await jordan.GetFromJsonAsync<JsonElement>($"/api/cases/{park}/meeting-requests")).GetProperty("requests").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(DemoAccounts.MayaLee)).GetAsync($"/api/cases/{park}/meeting-requests")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jordan.PostAsJsonAsync($"/api/meeting-requests/{id}/accept", new { })).StatusCode);

        Assert.Equal(["answer"], await FieldsAsync(await sam.PostAsJsonAsync($"/api/meeting-requests/{id}/agree", new { })));
        Assert.Equal("AwaitingTherapist", Single(await riley.GetFromJsonAsync<JsonElement>($"/api/cases/{park}/meeting-requests")).GetProperty("status").GetString());
        Assert.Equal(["answer"], await FieldsAsync(await riley.PostAsJsonAsync($"/api/meeting-requests/{id}/accept", new { })));
        Assert.Equal(["answer"], await FieldsAsync(await avery.PostAsJsonAsync($"/api/meeting-requests/{id}/agree", new { })));
        Assert.Equal(["start"], await FieldsAsync(await sam.PostAsJsonAsync($"/api/meeting-requests/{id}/session", new { start = DateTimeOffset.UtcNow.AddDays(3) })));
        Assert.Equal(HttpStatusCode.Conflict, (await sam.PostAsJsonAsync($"/api/meeting-requests/{id}/accept", new { revision = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sam.PostAsJsonAsync($"/api/meeting-requests/{id}/accept", new { clientAttends = true })).StatusCode);
        Assert.Equal(["text"], await FieldsAsync(await sam.PostAsJsonAsync($"/api/meeting-requests/{id}/answers", new { text = "Avery's goals for the next three months are ..." })));

        // Booking asks only that nobody is in another session then; the finder's common hours are the page's help.
        var start = app.Clock.GetCurrentInstant().InUtc().Date.PlusDays(15).AtMidnight().InUtc().ToInstant().Plus(Duration.FromHours(21)).ToDateTimeOffset();
        Assert.Equal(["start"], await FieldsAsync(await avery.PostAsJsonAsync($"/api/meeting-requests/{id}/session", new { start })));
        var booked = await sam.PostAsJsonAsync($"/api/meeting-requests/{id}/session", new { start, minutes = 60 });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var session = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var after = Single(await riley.GetFromJsonAsync<JsonElement>($"/api/cases/{park}/meeting-requests"));
        Assert.Equal("Booked", after.GetProperty("status").GetString());
        Assert.Equal(session, after.GetProperty("sessionId").GetGuid());
        var listed = (await riley.GetFromJsonAsync<JsonElement>($"/api/cases/{park}/sessions")).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == session);
        Assert.Equal(3, listed.GetProperty("participants").GetArrayLength());
        var moved = await sam.PutAsJsonAsync($"/api/sessions/{session}", new { start = start.AddHours(1), minutes = 60 });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(["start"], await FieldsAsync(await sam.PostAsJsonAsync($"/api/meeting-requests/{id}/session", new { start })));
    }

    [Fact]
    public async Task InHolt_DanaCannotSendConcernsToAlexKim_WhoTakesNoInformationFromPartners_AndARequestChrisDeclinesNeverReachesHim()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var view = await dana.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/meeting-requests");
        var alex = Assert.Single(view.GetProperty("therapists").EnumerateArray());
        Assert.False(alex.GetProperty("acceptsInformationFromPartners").GetBoolean());
        Assert.Equal(8, view.GetProperty("guidingQuestions").GetArrayLength());

        Assert.Equal(["questions"], await FieldsAsync(await dana.PostAsJsonAsync($"/api/cases/{holt}/meeting-requests", new { questions = new[] { " " } })));
        Assert.Equal(["questions"], await FieldsAsync(await dana.PostAsJsonAsync($"/api/cases/{holt}/meeting-requests", new { questions = new[] { new string('x', 501) } })));
        Assert.Equal(["concerns"], await FieldsAsync(await dana.PostAsJsonAsync($"/api/cases/{holt}/meeting-requests", new { questions = new[] { "What is the focus of your work together now?" }, concerns = new[] { "I am afraid." } })));
        Assert.Equal(["therapist"], await FieldsAsync(await (await app.SignedInAsync(DemoAccounts.SamOrtiz)).PostAsJsonAsync($"/api/cases/{holt}/meeting-requests", new { questions = new[] { "x" } })));
        var asked = await dana.PostAsJsonAsync($"/api/cases/{holt}/meeting-requests", new { questions = new[] { "What is the focus of your work together now?" } });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(["therapist"], await FieldsAsync(await dana.PostAsJsonAsync($"/api/cases/{holt}/meeting-requests", new { questions = new[] { "Again?" } })));
        Assert.Contains(Mail.To(app, DemoAccounts.ChrisHolt.Email), m => m.Subject == "Dana Holt asked you something in Fourfold" && !m.TextBody!.Contains("focus", StringComparison.Ordinal));

        var alexKim = await app.SignedInAsync(DemoAccounts.AlexKim);
        Assert.DoesNotContain((await alexKim.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/meeting-requests")).GetProperty("requests").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        Assert.Equal(HttpStatusCode.OK, (await chris.PostAsJsonAsync($"/api/meeting-requests/{id}/decline", new { })).StatusCode);
        Assert.DoesNotContain((await alexKim.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/meeting-requests")).GetProperty("requests").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await alexKim.PostAsJsonAsync($"/api/meeting-requests/{id}/accept", new { })).StatusCode);
        foreach (var other in new[] { DemoAccounts.MayaLee, DemoAccounts.SamOrtiz })
        {
            Assert.Equal(0, (await (await app.SignedInAsync(other)).GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/meeting-requests")).GetProperty("requests").GetArrayLength());
        }

        Assert.Equal("DeclinedByPartner", Single(await dana.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/meeting-requests")).GetProperty("status").GetString());
    }

    private static JsonElement Single(JsonElement page) => Assert.Single(page.GetProperty("requests").EnumerateArray());

    private static async Task<List<string>> FieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
    }
}

public sealed class PartnerMeetingTestsOnSqlite(SqliteApp app) : PartnerMeetingTests(app), IClassFixture<SqliteApp>;

public sealed class PartnerMeetingTestsOnPostgres(PostgresApp app) : PartnerMeetingTests(app), IClassFixture<PostgresApp>;
