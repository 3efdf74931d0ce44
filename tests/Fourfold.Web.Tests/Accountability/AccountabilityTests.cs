using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Accountability;

public abstract class AccountabilityTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task DanaFlagsHomework_ItIsOnSamOrtizsAgendaAndNoOneElses_UntilHeMarksItTalkedThrough()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var due = app.Clock.GetCurrentInstant().InUtc().Date.ToDateOnly().AddDays(7);
        var set = await maya.PostAsJsonAsync($"/api/cases/{holt}/homework", new { what = "Plan one calm evening together", @for = "Both", dueOn = due, audienceRoles = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.Created, set.StatusCode);
        var homework = (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var logged = await dana.PostAsJsonAsync($"/api/homework/{homework}/log", new { howItWent = "We planned it, then I could not go through with it.", bringToMyIndividualSession = true });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        var note = (await logged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var notices = Mail.To(app, DemoAccounts.SamOrtiz.Email).Where(m => m.Subject == "Dana Holt added something to your agenda in Fourfold").ToList();
        Assert.NotEmpty(notices);
        Assert.All(notices, notice => Assert.DoesNotContain("could not go through", notice.TextBody ?? "", StringComparison.Ordinal));
        Assert.All(notices, notice => Assert.DoesNotContain("calm evening", notice.TextBody ?? "", StringComparison.Ordinal));
        foreach (var other in new[] { DemoAccounts.MayaLee, DemoAccounts.AlexKim, DemoAccounts.ChrisHolt, DemoAccounts.DanaHolt })
        {
            Assert.DoesNotContain(Mail.To(app, other.Email), m => (m.Subject ?? "").Contains("added something to your agenda", StringComparison.Ordinal));
        }

        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var agenda = await sam.GetFromJsonAsync<JsonElement>("/api/me/agenda");
        var entry = agenda.GetProperty("individualSessions").EnumerateArray().Single(e => e.GetProperty("noteId").GetGuid() == note);
        Assert.Equal("We planned it, then I could not go through with it.", entry.GetProperty("howItWent").GetString());
        Assert.Equal("Dana Holt", entry.GetProperty("partnerName").GetString());
        foreach (var other in new[] { DemoAccounts.MayaLee, DemoAccounts.AlexKim, DemoAccounts.JordanBlake, DemoAccounts.ChrisHolt, DemoAccounts.DanaHolt, DemoAccounts.PriyaNair })
        {
            var theirs = await (await app.SignedInAsync(other)).GetFromJsonAsync<JsonElement>("/api/me/agenda");
            Assert.DoesNotContain(theirs.GetProperty("individualSessions").EnumerateArray(), e => e.GetProperty("noteId").GetGuid() == note);
        }

        // Maya set the homework, and reads it; the note is Dana's, for Sam alone.
        var mayaList = await maya.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/homework");
        Assert.DoesNotContain(mayaList.GetProperty("homework").EnumerateArray().SelectMany(h => h.GetProperty("logs").EnumerateArray()), l => l.GetProperty("id").GetGuid() == note);
        Assert.Equal(HttpStatusCode.NotFound, (await maya.PostAsync($"/api/homework/logs/{note}/talked-through", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(DemoAccounts.AlexKim)).PostAsync($"/api/homework/logs/{note}/talked-through", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await sam.PostAsync($"/api/homework/logs/{note}/talked-through", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await sam.PostAsync($"/api/homework/logs/{note}/talked-through", null)).StatusCode);
        Assert.DoesNotContain((await sam.GetFromJsonAsync<JsonElement>("/api/me/agenda")).GetProperty("individualSessions").EnumerateArray(), e => e.GetProperty("noteId").GetGuid() == note);
        var danaList = await dana.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/homework");
        var kept = danaList.GetProperty("homework").EnumerateArray().Single(h => h.GetProperty("id").GetGuid() == homework).GetProperty("logs").EnumerateArray().Single();
        Assert.NotEqual(JsonValueKind.Null, kept.GetProperty("talkedThroughAt").ValueKind);
    }

    [Fact]
    public async Task HomeworkIsSetByAProfessional_AndLoggedByThePartnersItIsFor_EachFieldWithItsMessage()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var byPartner = await dana.PostAsJsonAsync($"/api/cases/{holt}/homework", new { what = "x", @for = "Both", dueOn = "2999-01-01" });
        Assert.Equal(["what"], await FieldsAsync(byPartner));

        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var empty = await maya.PostAsJsonAsync($"/api/cases/{holt}/homework", new { what = " ", dueOn = "2000-01-01", audienceRoles = new[] { "BetrayedPartner" } });
        Assert.Equal(["audience", "dueOn", "for", "what"], await FieldsAsync(empty));

        var due = app.Clock.GetCurrentInstant().InUtc().Date.ToDateOnly().AddDays(3);
        var forDana = (await (await maya.PostAsJsonAsync($"/api/cases/{holt}/homework", new { what = "A list of what helps", @for = "BetrayedPartner", dueOn = due }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        Assert.Equal(HttpStatusCode.NotFound, (await chris.PostAsJsonAsync($"/api/homework/{forDana}/log", new { howItWent = "x" })).StatusCode);
        Assert.Equal(["howItWent"], await FieldsAsync(await dana.PostAsJsonAsync($"/api/homework/{forDana}/log", new { howItWent = "" })));
        Assert.Equal(["audience"], await FieldsAsync(await dana.PostAsJsonAsync($"/api/homework/{forDana}/log", new { howItWent = "x", audienceRoles = new[] { "BetrayedPartner" } })));

        var park = await Sharing.CaseIdAsync(app, "Park");
        var riley = await app.SignedInAsync(DemoAccounts.RileyPark);
        Assert.Equal(HttpStatusCode.NotFound, (await riley.PostAsJsonAsync($"/api/homework/{forDana}/log", new { howItWent = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await riley.GetAsync($"/api/cases/{holt}/homework")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await riley.GetAsync($"/api/cases/{park}/homework")).StatusCode);
    }

    [Fact]
    public async Task ACheckIn_IsReadOnlyByThosePickedForIt_AndEachFieldHasItsMessage()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var sam = await PersonIdAsync(DemoAccounts.SamOrtiz);
        var saved = await dana.PostAsJsonAsync($"/api/cases/{holt}/check-ins", new { kind = "Safety", answers = new { safety = 7, whatWouldHelp = "Knowing the plan for tonight" }, audiencePeople = new[] { sam } });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var id = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        async Task<bool> SeesAsync(DemoAccount account) =>
            (await (await app.SignedInAsync(account)).GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/check-ins")).EnumerateArray().Any(e => e.GetProperty("id").GetGuid() == id);
        Assert.True(await SeesAsync(DemoAccounts.DanaHolt));
        Assert.True(await SeesAsync(DemoAccounts.SamOrtiz));
        Assert.False(await SeesAsync(DemoAccounts.MayaLee));
        Assert.False(await SeesAsync(DemoAccounts.ChrisHolt));
        Assert.False(await SeesAsync(DemoAccounts.AlexKim));
        var mine = (await dana.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/check-ins")).EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == id);
        Assert.Equal(7, mine.GetProperty("safety").GetInt32());
        Assert.Contains("Knowing the plan for tonight", mine.GetProperty("text").GetString(), StringComparison.Ordinal);

        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        Assert.Equal(["kind"], await FieldsAsync(await chris.PostAsJsonAsync($"/api/cases/{holt}/check-ins", new { kind = "Safety", answers = new { safety = 5 } })));
        Assert.Equal(["safety"], await FieldsAsync(await dana.PostAsJsonAsync($"/api/cases/{holt}/check-ins", new { kind = "Safety", answers = new { safety = 11 } })));
        Assert.Equal(["audience", "feelings"], await FieldsAsync(await dana.PostAsJsonAsync($"/api/cases/{holt}/check-ins", new { kind = "Couple", answers = new { }, audiencePeople = new[] { Guid.NewGuid() } })));
        Assert.Equal(["kind"], await FieldsAsync(await (await app.SignedInAsync(DemoAccounts.MayaLee)).PostAsJsonAsync($"/api/cases/{holt}/check-ins", new { kind = "Couple", answers = new { feelings = "x" } })));
    }

    [Fact]
    public async Task ATopicForTheNextJointSession_IsSeenByItsParticipants_AndWaitsOnTheCouplesTherapistsAgendaUntilDiscussed()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var raised = await dana.PostAsJsonAsync($"/api/cases/{holt}/joint-session/topics", new { kind = "Topic", text = "How we tell the children about the move" });
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        var topic = (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var felt = await chris.PostAsJsonAsync($"/api/cases/{holt}/joint-session/topics", new { kind = "HowItFelt", text = "Left out, then relieved." });
        Assert.Equal(HttpStatusCode.Created, felt.StatusCode);
        var privately = (await felt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        const string TopicNotice = "added something for your next joint session";
        foreach (var told in new[] { DemoAccounts.ChrisHolt, DemoAccounts.MayaLee })
        {
            var messages = Mail.To(app, told.Email).Where(m => (m.Subject ?? "").Contains(TopicNotice, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(messages);
            Assert.All(messages, message => Assert.DoesNotContain("children", message.TextBody ?? "", StringComparison.Ordinal));
        }

        foreach (var untold in new[] { DemoAccounts.DanaHolt, DemoAccounts.SamOrtiz, DemoAccounts.AlexKim })
        {
            Assert.DoesNotContain(Mail.To(app, untold.Email), m => (m.Subject ?? "").Contains(TopicNotice, StringComparison.Ordinal));
        }

        async Task<List<Guid>> TopicsAsync(DemoAccount account) =>
            [.. (await (await app.SignedInAsync(account)).GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/joint-session")).GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("id").GetGuid())];
        Assert.Contains(topic, await TopicsAsync(DemoAccounts.ChrisHolt));
        Assert.Contains(privately, await TopicsAsync(DemoAccounts.ChrisHolt));
        Assert.Contains(topic, await TopicsAsync(DemoAccounts.MayaLee));
        Assert.DoesNotContain(privately, await TopicsAsync(DemoAccounts.MayaLee));
        Assert.DoesNotContain(privately, await TopicsAsync(DemoAccounts.DanaHolt));
        Assert.DoesNotContain(topic, await TopicsAsync(DemoAccounts.SamOrtiz));
        Assert.DoesNotContain(topic, await TopicsAsync(DemoAccounts.AlexKim));

        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var waiting = (await maya.GetFromJsonAsync<JsonElement>("/api/me/agenda")).GetProperty("jointSessions").EnumerateArray().Single(j => j.GetProperty("case").GetString() == "Holt");
        Assert.Contains(waiting.GetProperty("topics").EnumerateArray(), t => t.GetProperty("id").GetGuid() == topic);
        Assert.Contains(waiting.GetProperty("agreementsToTalkThrough").EnumerateArray(), a => a.GetProperty("title").GetString()!.StartsWith("Either of us can say", StringComparison.Ordinal));
        Assert.Empty((await (await app.SignedInAsync(DemoAccounts.SamOrtiz)).GetFromJsonAsync<JsonElement>("/api/me/agenda")).GetProperty("jointSessions").EnumerateArray());

        Assert.Equal(HttpStatusCode.Conflict, (await chris.PostAsync($"/api/agenda-topics/{topic}/discussed", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await maya.PostAsync($"/api/agenda-topics/{privately}/discussed", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await maya.PostAsync($"/api/agenda-topics/{topic}/discussed", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await maya.PostAsync($"/api/agenda-topics/{topic}/discussed", null)).StatusCode);
        Assert.DoesNotContain(topic, await TopicsAsync(DemoAccounts.DanaHolt));

        Assert.Equal(["text"], await FieldsAsync(await dana.PostAsJsonAsync($"/api/cases/{holt}/joint-session/topics", new { kind = "Topic", text = " " })));
        Assert.Equal(["text"], await FieldsAsync(await maya.PostAsJsonAsync($"/api/cases/{holt}/joint-session/topics", new { kind = "Topic", text = "x" })));
    }

    [Fact]
    public async Task DanaKeepsHowADisclosureLanded_ForWhomSheChooses_AndChrisAnswersHerCheckIn_WithAStarterIfHeWants()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var entry = (await dana.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/disclosures")).EnumerateArray().First().GetProperty("id").GetGuid();
        var landed = await dana.PostAsJsonAsync($"/api/items/{entry}/replies", new { text = "I was angry, and then, later, grateful you told me." });
        Assert.Equal(HttpStatusCode.Created, landed.StatusCode);
        var landedId = (await landed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        async Task<List<Guid>> RepliesAsync(HttpClient client, string list) =>
            [.. (await client.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/{list}")).EnumerateArray().SelectMany(e => e.GetProperty("replies").EnumerateArray()).Select(r => r.GetProperty("id").GetGuid())];
        Assert.Contains(landedId, await RepliesAsync(dana, "disclosures"));
        Assert.DoesNotContain(landedId, await RepliesAsync(chris, "disclosures"));
        Assert.Equal(HttpStatusCode.NotFound, (await chris.GetAsync($"/api/items/{landedId}")).StatusCode);
        Assert.Equal(["text"], await FieldsAsync(await chris.PostAsJsonAsync($"/api/items/{entry}/replies", new { text = "x" })));

        var chrisId = await PersonIdAsync(DemoAccounts.ChrisHolt);
        var checkIn = (await chris.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/check-ins")).EnumerateArray()
            .First(e => e.GetProperty("author").GetGuid() != chrisId).GetProperty("id").GetGuid();
        Assert.Equal(["starter"], await FieldsAsync(await chris.PostAsJsonAsync($"/api/items/{checkIn}/replies", new { text = "x", starter = "You always" })));
        var answered = await chris.PostAsJsonAsync($"/api/items/{checkIn}/replies", new { text = "the evenings are the hardest.", starter = "It makes sense that you feel" });
        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        var answer = (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var seen = (await dana.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/check-ins")).EnumerateArray().SelectMany(e => e.GetProperty("replies").EnumerateArray())
            .Single(r => r.GetProperty("id").GetGuid() == answer);
        Assert.Equal("It makes sense that you feel the evenings are the hardest.", seen.GetProperty("text").GetString());
        var toDana = Mail.To(app, DemoAccounts.DanaHolt.Email).Where(m => m.Subject == "Chris Holt wrote something for you in Fourfold").ToList();
        Assert.NotEmpty(toDana);
        Assert.All(toDana, m => Assert.DoesNotContain("evenings", m.TextBody ?? "", StringComparison.Ordinal));
        Assert.DoesNotContain(Mail.To(app, DemoAccounts.ChrisHolt.Email), m => m.Subject == "Dana Holt wrote something for you in Fourfold" && (m.TextBody ?? "").Contains(landedId.ToString(), StringComparison.Ordinal));
        Assert.Equal(["starter"], await FieldsAsync(await dana.PostAsJsonAsync($"/api/items/{answer}/replies", new { text = "x", starter = "It makes sense that you feel" })));
        Assert.Equal(HttpStatusCode.Created, (await dana.PostAsJsonAsync($"/api/items/{answer}/replies", new { text = "Thank you." })).StatusCode);

        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var sharedWithSam = (await sam.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/check-ins")).EnumerateArray().First().GetProperty("id").GetGuid();
        Assert.Equal(["text"], await FieldsAsync(await sam.PostAsJsonAsync($"/api/items/{sharedWithSam}/replies", new { text = "x" })));
        Assert.Equal(HttpStatusCode.NotFound, (await sam.PostAsJsonAsync($"/api/items/{entry}/replies", new { text = "x" })).StatusCode);
        var riley = await app.SignedInAsync(DemoAccounts.RileyPark);
        Assert.Equal(HttpStatusCode.NotFound, (await riley.PostAsJsonAsync($"/api/items/{checkIn}/replies", new { text = "x" })).StatusCode);
    }

    private static async Task<List<string>> FieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
    }

    private async Task<Guid> PersonIdAsync(DemoAccount account)
    {
        using var scope = app.Services.CreateScope();
        return (await FourfoldAppFactory.SystemDb(scope).Users.SingleAsync(u => u.Email == account.Email)).PersonId.Value;
    }
}

public sealed class AccountabilityTestsOnSqlite(SqliteApp app) : AccountabilityTests(app), IClassFixture<SqliteApp>;

public sealed class AccountabilityTestsOnPostgres(PostgresApp app) : AccountabilityTests(app), IClassFixture<PostgresApp>;
