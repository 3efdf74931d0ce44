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
        var asChris = await chris.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/disclosure");
        Assert.True(asChris.GetProperty("paused").GetBoolean());
        Assert.Equal("", asChris.GetProperty("steps").EnumerateArray().Last().GetProperty("reason").GetString());
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
        var stored = await db.Database.SqlQueryRaw<string>("""SELECT "Place" AS "Value" FROM "FullDisclosures" UNION ALL SELECT "PolygraphExaminer" FROM "FullDisclosures" UNION ALL SELECT "PolygraphNote" FROM "FullDisclosures" WHERE "PolygraphNote" <> '' UNION ALL SELECT "Reason" FROM "FullDisclosureSteps" WHERE "Reason" <> ''""").ToListAsync();
        Assert.NotEmpty(stored);
        Assert.DoesNotContain(stored, text => text.Contains("quiet corridor", StringComparison.Ordinal) || text.Contains("Okafor", StringComparison.Ordinal)
            || text.Contains("this month", StringComparison.Ordinal) || text.Contains("deception", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWholeTeam_TakesItFromThePlanToThePolygraph_TheQuestionsReachTheDraftingSideOnlyWhenPassedOn_AndADraftReachesOnlyThoseItIsFor()
    {
        var caseId = await WholeTeamCaseAsync();
        var (maya, morgan, casey, sam, alex) = (await app.SignedInAsync(DemoAccounts.MayaLee), await app.SignedInAsync(DemoAccounts.MorganReed),
            await app.SignedInAsync(DemoAccounts.CaseyReed), await app.SignedInAsync(DemoAccounts.SamOrtiz), await app.SignedInAsync(DemoAccounts.AlexKim));
        var target = app.Clock.GetCurrentInstant().InUtc().Date.PlusDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var started = await maya.PostAsJsonAsync($"/api/cases/{caseId}/disclosure", new { place = "Harbor Counseling", polygraph = "BeforeDisclosure", polygraphExaminer = "R. Okafor", targetDate = target });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await maya.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Questions" })).StatusCode);

        Assert.Equal(["text"], await FieldsAsync(await casey.PostAsJsonAsync($"/api/disclosures/{id}/questions", new { text = "Not mine to ask." })));
        Assert.Equal(["text"], await FieldsAsync(await morgan.PostAsJsonAsync($"/api/disclosures/{id}/questions", new { text = " " })));
        var asked = new List<Guid>();
        foreach (var text in new[] { "How did it begin?", "Who else knows?" })
        {
            var saved = await morgan.PostAsJsonAsync($"/api/disclosures/{id}/questions", new { text });
            Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
            asked.Add((await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        async Task<List<Guid>> QuestionsAsync(HttpClient client) =>
            [.. (await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/disclosure")).GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetGuid())];
        Assert.Equal(asked, await QuestionsAsync(sam));
        Assert.Empty(await QuestionsAsync(casey));
        Assert.Empty(await QuestionsAsync(alex));
        Assert.Equal(HttpStatusCode.NotFound, (await casey.GetAsync($"/api/items/{asked[0]}")).StatusCode);

        Assert.Equal(["to"], await FieldsAsync(await casey.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Drafting" })));
        Assert.Equal(HttpStatusCode.OK, (await sam.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Drafting" })).StatusCode);
        Assert.Equal(asked, await QuestionsAsync(casey));
        Assert.Equal(asked, await QuestionsAsync(alex));
        Assert.Equal(asked, await QuestionsAsync(maya));
        Assert.Equal(["text"], await FieldsAsync(await morgan.PostAsJsonAsync($"/api/disclosures/{id}/questions", new { text = "One more?" })));

        Assert.Equal(["answers"], await FieldsAsync(await alex.PostAsJsonAsync($"/api/disclosures/{id}/drafts", new { text = "A first draft.", answers = new[] { Guid.NewGuid() } })));
        var first = await alex.PostAsJsonAsync($"/api/disclosures/{id}/drafts", new { text = "A first draft.", answers = new[] { asked[0] } });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        async Task<int> DraftsAsync(HttpClient client) => (await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/disclosure")).GetProperty("drafts").GetArrayLength();
        Assert.Equal((1, 1, 1, 0, 0), (await DraftsAsync(alex), await DraftsAsync(casey), await DraftsAsync(maya), await DraftsAsync(sam), await DraftsAsync(morgan)));
        Assert.Equal(["agreed"], await FieldsAsync(await casey.PostAsJsonAsync($"/api/disclosures/{id}/drafts-agreement", new { agreed = true })));
        Assert.Equal(HttpStatusCode.OK, (await alex.PostAsJsonAsync($"/api/disclosures/{id}/drafts-agreement", new { agreed = true })).StatusCode);
        var second = await casey.PostAsJsonAsync($"/api/disclosures/{id}/drafts", new { text = "The second, for Sam too.", answers = asked, shareWithBetrayedPartnersSupport = true });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((2, 1, 1), (await DraftsAsync(maya), await DraftsAsync(sam), await DraftsAsync(morgan)));
        Assert.Equal(HttpStatusCode.NotFound, (await morgan.GetAsync($"/api/items/{(await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await morgan.GetAsync($"/api/items/{(await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await casey.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Review" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await alex.PostAsJsonAsync($"/api/disclosures/{id}/approval", new { })).StatusCode);
        Assert.Equal(["to"], await FieldsAsync(await maya.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Polygraph" })));
        Assert.Equal(HttpStatusCode.OK, (await sam.PostAsJsonAsync($"/api/disclosures/{id}/readiness", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await maya.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Polygraph" })).StatusCode);
        Assert.Equal(["result"], await FieldsAsync(await maya.PostAsJsonAsync($"/api/disclosures/{id}/polygraph", new { })));
        var future = app.Clock.GetCurrentInstant().InUtc().Date.PlusDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(["on"], await FieldsAsync(await maya.PostAsJsonAsync($"/api/disclosures/{id}/polygraph", new { result = "Passed", on = future })));
        var given = app.Clock.GetCurrentInstant().InUtc().Date.PlusDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.OK, (await maya.PostAsJsonAsync($"/api/disclosures/{id}/polygraph", new { result = "Passed", on = given, note = "No deception indicated on the four relevant questions." })).StatusCode);
        var refused = await maya.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Scheduled" });
        Assert.Contains("Book the disclosure session first.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var seen = await morgan.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/disclosure");
        Assert.Equal("Polygraph", seen.GetProperty("state").GetString());
        Assert.Equal("Passed", seen.GetProperty("polygraphResult").GetString());
        Assert.Equal((given, "No deception indicated on the four relevant questions."), (seen.GetProperty("polygraphOn").GetString(), seen.GetProperty("polygraphNote").GetString()));
        Assert.Equal(1, seen.GetProperty("drafts").GetArrayLength());
        Assert.True(seen.GetProperty("draftsForBetrayedPartner").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await maya.PostAsJsonAsync($"/api/disclosures/{id}/drafts-agreement", new { agreed = false })).StatusCode);
        Assert.False((await morgan.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/disclosure")).GetProperty("draftsForBetrayedPartner").GetBoolean());

        Assert.Equal(["kind"], await FieldsAsync(await casey.PostAsJsonAsync($"/api/disclosures/{id}/writings", new { kind = "DisclosureSafetyPlan", text = "Not mine." })));
        Assert.Equal(["kind"], await FieldsAsync(await morgan.PostAsJsonAsync($"/api/disclosures/{id}/writings", new { kind = "DisclosureDebrief", text = "Too soon." })));
        Assert.Equal(["text"], await FieldsAsync(await morgan.PostAsJsonAsync($"/api/disclosures/{id}/writings", new { kind = "DisclosureSafetyPlan", text = " " })));
        Assert.Equal(HttpStatusCode.Created, (await morgan.PostAsJsonAsync($"/api/disclosures/{id}/writings",
            new { kind = "DisclosureSafetyPlan", text = "I call my brother afterwards.", audience = new[] { "SupportOfBetrayedPartner" } })).StatusCode);
        async Task<int> WritingsAsync(HttpClient client) => (await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/disclosure")).GetProperty("writings").GetArrayLength();
        Assert.Equal((1, 1, 0, 0), (await WritingsAsync(morgan), await WritingsAsync(sam), await WritingsAsync(casey), await WritingsAsync(maya)));

        // Once Morgan takes back her consent, Sam learns nothing more of it, not even that it exists.
        var mine = (await morgan.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/authorizations")).EnumerateArray().First().GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await morgan.PostAsync($"/api/cases/{caseId}/authorizations/{mine}/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync($"/api/cases/{caseId}/disclosure")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.PostAsJsonAsync($"/api/cases/{caseId}/disclosure", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.PostAsJsonAsync($"/api/disclosures/{id}/advance", new { to = "Scheduled" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await maya.GetAsync($"/api/cases/{caseId}/disclosure")).StatusCode);
    }

    /// <summary>A case with every role filled by people of other demo cases, and both partners' standard team authorizations.</summary>
    private async Task<Guid> WholeTeamCaseAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var people = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Email!);
        var (maya, morgan, casey, sam, alex) = (people[DemoAccounts.MayaLee.Email], people[DemoAccounts.MorganReed.Email], people[DemoAccounts.CaseyReed.Email],
            people[DemoAccounts.SamOrtiz.Email], people[DemoAccounts.AlexKim.Email]);
        var opened = app.Clock.GetCurrentInstant() - Duration.FromDays(10);
        var found = Domain.Cases.Case.Open(Domain.Cases.CaseId.New(), maya.PracticeId!.Value, $"Whole team {Guid.NewGuid():N}", maya.PersonId, maya.DisplayName, maya.Email!, [Domain.Cases.CaseRole.CouplesTherapist], opened);
        foreach (var (person, role) in new[] { (morgan, Domain.Cases.CaseRole.BetrayedPartner), (casey, Domain.Cases.CaseRole.InvolvedPartner), (sam, Domain.Cases.CaseRole.SupportOfBetrayedPartner), (alex, Domain.Cases.CaseRole.SupportOfInvolvedPartner) })
        {
            var invitation = found.Invite(new Domain.Cases.TeamInvitation(role, person.Email!, person.DisplayName), maya.PersonId, Domain.Cases.InvitationToken.Create().Hash, opened);
            found.AcceptInvitation(invitation.Id, person.PersonId, person.Kind, person.Email!, person.DisplayName, opened + Duration.FromHours(1));
        }

        db.Cases.Add(found);
        foreach (var (person, role) in new[] { (morgan, Domain.Cases.PartnerRole.BetrayedPartner), (casey, Domain.Cases.PartnerRole.InvolvedPartner) })
        {
            var at = opened + Duration.FromHours(2);
            var terms = Domain.Authorizations.AuthorizationTerms.StandardTeam(role, at);
            var text = Domain.Authorizations.AuthorizationText.Render(person.DisplayName, role, terms, Domain.Authorizations.AuthorizationText.NamedRecipientsOf(found, role),
                Domain.Authorizations.AuthorizationText.RoleHoldersOf(found), DateTimeZone.Utc);
            db.Authorizations.Add(Domain.Authorizations.Authorization.Sign(found.Id, person.PersonId, role, person.DisplayName, terms, person.DisplayName, text, at));
        }

        await db.SaveChangesAsync();
        return found.Id.Value;
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
