using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Agreements;

public abstract class AgreementApiTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task DanaAsks_ChrisCounters_DanaAgrees_AndBothSeeItSignedByBoth()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);

        var asked = await dana.PostAsJsonAsync($"/api/cases/{holt}/agreements", new
        {
            kind = "Boundary",
            text = "We do not go to the gym where she trains",
            why = "Seeing the place brings the evenings back.",
            reviewOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(20)),
            audience = new[] { "CouplesTherapist" },
        });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var created = await asked.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("Requested", created.GetProperty("status").GetString());
        Assert.Equal(1, created.GetProperty("version").GetInt32());

        var seen = await OneAsync(chris, holt, id);
        Assert.Equal("Requested", seen.GetProperty("status").GetString());
        Assert.Equal(["BetrayedPartner", "InvolvedPartner", "CouplesTherapist"], seen.GetProperty("audience").EnumerateArray().Select(r => r.GetString()));

        var countered = await chris.PostAsJsonAsync($"/api/agreements/{id}/answers", new
        {
            answer = "Counter",
            version = 1,
            text = "I change gyms this month",
            why = "I would rather change than have you wonder.",
            audience = new[] { "CouplesTherapist", "SupportOfInvolvedPartner" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, countered.StatusCode);
        Assert.True((await countered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("audience", out _));

        countered = await chris.PostAsJsonAsync($"/api/agreements/{id}/answers", new
        {
            answer = "Counter",
            version = 1,
            text = "I change gyms this month",
            why = "I would rather change than have you wonder.",
            audience = new[] { "CouplesTherapist" },
        });
        Assert.Equal(HttpStatusCode.OK, countered.StatusCode);
        Assert.Equal("CounterProposed", (await countered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var stale = await dana.PostAsJsonAsync($"/api/agreements/{id}/answers", new { answer = "Agree", version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var agreed = await dana.PostAsJsonAsync($"/api/agreements/{id}/answers", new { answer = "Agree", version = 2 });
        Assert.Equal(HttpStatusCode.OK, agreed.StatusCode);

        foreach (var partner in new[] { dana, chris })
        {
            var final = await OneAsync(partner, holt, id);
            Assert.Equal("Agreed", final.GetProperty("status").GetString());
            Assert.Equal("I change gyms this month", final.GetProperty("text").GetString());
            Assert.Equal(2, final.GetProperty("agreedVersion").GetInt32());
            Assert.Equal([DemoAccounts.ChrisHolt.DisplayName, DemoAccounts.DanaHolt.DisplayName],
                final.GetProperty("signatures").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        }

        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var events = await db.AuditEvents.Where(e => e.ItemId == id && e.Outcome == "Succeeded").Select(e => e.Action).ToListAsync();
        Assert.Equal(1, events.Count(a => a == "AgreementProposed"));
        Assert.Equal(2, events.Count(a => a == "AgreementAnswered"));
        Assert.True((await app.VerifyAuditAsync()).IsIntact);
    }

    [Fact]
    public async Task APartnerCannotAnswerTheirOwnRequest_AndAProfessionalCannotMakeOne()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var asked = await chris.PostAsJsonAsync($"/api/cases/{holt}/agreements", new { kind = "Boundary", text = "Weekend walks without phones", why = "It is when we talk best.", audience = new[] { "CouplesTherapist" } });
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var own = await chris.PostAsJsonAsync($"/api/agreements/{id}/answers", new { answer = "Agree", version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("your partner answers it", (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("answer")[0].GetString());

        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var byTherapist = await maya.PostAsJsonAsync($"/api/cases/{holt}/agreements", new { kind = "Boundary", text = "A rule from me", why = "Because." });
        Assert.Equal(HttpStatusCode.BadRequest, byTherapist.StatusCode);
        Assert.True((await byTherapist.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kind", out _));
        var answerByTherapist = await maya.PostAsJsonAsync($"/api/agreements/{id}/answers", new { answer = "Agree", version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, answerByTherapist.StatusCode);
    }

    [Fact]
    public async Task EachFieldHasItsMessage_AndNothingIsSaved()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var before = await CountAsync();

        var boundary = await dana.PostAsJsonAsync($"/api/cases/{holt}/agreements", new { kind = "Boundary", text = "", reviewOn = "2000-01-01", audience = new[] { "CouplesTherapist" } });
        Assert.Equal(HttpStatusCode.BadRequest, boundary.StatusCode);
        var errors = (await boundary.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["reviewOn", "text", "why"], errors.EnumerateObject().Select(p => p.Name).Order());

        var commitment = await dana.PostAsJsonAsync($"/api/cases/{holt}/agreements", new { kind = "DisclosureCommitment", text = "Any contact", withinHours = 0 });
        var commitmentErrors = (await commitment.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["tellWhom", "withinHours"], commitmentErrors.EnumerateObject().Select(p => p.Name).Order());

        var relapse = await dana.PostAsJsonAsync($"/api/cases/{holt}/agreements", new { kind = "RelapseDefinition", text = "A slip", tier = 0 });
        var relapseErrors = (await relapse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["tier", "whatHappensNext"], relapseErrors.EnumerateObject().Select(p => p.Name).Order());

        var noKind = await dana.PostAsJsonAsync($"/api/cases/{holt}/agreements", new { text = "Something" });
        Assert.True((await noKind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kind", out _));

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task SomeoneOffTheCase_FindsNothing_AndTheAdministratorSeesNoAgreements()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var agreementId = await FirstAgreementAsync();
        var morgan = await app.SignedInAsync(DemoAccounts.MorganReed);
        Assert.Equal(HttpStatusCode.NotFound, (await morgan.GetAsync($"/api/cases/{holt}/agreements")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await morgan.GetAsync($"/api/agreements/{agreementId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await morgan.PostAsJsonAsync($"/api/agreements/{agreementId}/answers", new { answer = "Agree", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await morgan.PostAsJsonAsync($"/api/cases/{holt}/agreements", new { kind = "Boundary", text = "x", why = "y" })).StatusCode);

        var priya = await app.SignedInAsync(DemoAccounts.PriyaNair);
        var asAdministrator = await priya.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/agreements");
        Assert.Empty(asAdministrator.GetProperty("boundaries").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await priya.GetAsync($"/api/agreements/{agreementId}")).StatusCode);
    }

    [Fact]
    public async Task EachPersonaSeesADifferentPartOfTheHoltAgreements()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        async Task<List<string>> TitlesAsync(DemoAccount account)
        {
            var page = await (await app.SignedInAsync(account)).GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/agreements");
            return [.. new[] { "boundaries", "relapseDefinitions", "disclosureCommitments" }
                .SelectMany(kind => page.GetProperty(kind).EnumerateArray().Select(a => a.GetProperty("text").GetString()!))
                .Where(title => !MadeByTheseTests.Any(made => title.Contains(made, StringComparison.Ordinal)))];
        }

        var dana = await TitlesAsync(DemoAccounts.DanaHolt);
        var chris = await TitlesAsync(DemoAccounts.ChrisHolt);
        var maya = await TitlesAsync(DemoAccounts.MayaLee);
        var sam = await TitlesAsync(DemoAccounts.SamOrtiz);
        var alex = await TitlesAsync(DemoAccounts.AlexKim);

        Assert.Equal(10, dana.Count);
        Assert.Contains("A text at lunchtime every working day", maya);
        Assert.DoesNotContain("A text at lunchtime every working day", sam);
        Assert.Equal(dana, chris);
        Assert.Contains("Separate bedrooms until the disclosure", sam);
        Assert.DoesNotContain("Separate bedrooms until the disclosure", maya);
        Assert.DoesNotContain("Separate bedrooms until the disclosure", alex);
        Assert.Contains("Either of us can say “pause” and we stop for an hour", maya);
        Assert.DoesNotContain("Either of us can say “pause” and we stop for an hour", sam);
        Assert.Contains("Any contact from her: a message, a call, or meeting by chance", alex);
        Assert.DoesNotContain("Any contact from her: a message, a call, or meeting by chance", sam);
        Assert.NotEqual(maya, sam);
        Assert.NotEqual(sam, alex);
        Assert.NotEqual(maya, alex);
    }

    [Fact]
    public async Task AProposalIsTakenBackByItsAuthor_AndAnAgreementIsSetAsideOnlyWhenBothAgree()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);

        var asked = await (await dana.PostAsJsonAsync($"/api/cases/{holt}/agreements", new { kind = "Boundary", text = "No phones at dinner", why = "I want us to talk.", audience = new[] { "CouplesTherapist" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var first = asked.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await chris.PostAsJsonAsync($"/api/agreements/{first}/withdrawal", new { version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await dana.PostAsJsonAsync($"/api/agreements/{first}/withdrawal", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await dana.PostAsJsonAsync($"/api/agreements/{first}/withdrawal", new { version = 2 })).StatusCode);
        var takenBack = await dana.PostAsJsonAsync($"/api/agreements/{first}/withdrawal", new { version = 1 });
        Assert.Equal(HttpStatusCode.OK, takenBack.StatusCode);
        var toChris = Mail.To(app, DemoAccounts.ChrisHolt.Email);
        Assert.Contains(toChris, m => m.Subject == "Dana Holt is waiting for your answer in Fourfold" && (m.TextBody ?? "").Contains($"/agreements/{first}", StringComparison.Ordinal));
        Assert.Contains(toChris, m => m.Subject == "Dana Holt took a proposal back in Fourfold");
        Assert.DoesNotContain(toChris, m => (m.TextBody ?? "").Contains("phones", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Mail.To(app, DemoAccounts.MayaLee.Email), m => (m.Subject ?? "").Contains("waiting for your answer", StringComparison.Ordinal));
        Assert.Equal("Withdrawn", (await OneAsync(chris, holt, first)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await chris.PostAsJsonAsync($"/api/agreements/{first}/answers", new { answer = "Agree", version = 1 })).StatusCode);

        var second = (await (await dana.PostAsJsonAsync($"/api/cases/{holt}/agreements", new { kind = "Boundary", text = "We eat together on Sundays", why = "It is ours.", audience = new[] { "CouplesTherapist" } }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await chris.PostAsJsonAsync($"/api/agreements/{second}/answers", new { answer = "Agree", version = 1 })).StatusCode);
        var alex = await app.SignedInAsync(DemoAccounts.AlexKim);
        Assert.Equal(HttpStatusCode.NotFound, (await alex.PostAsJsonAsync($"/api/agreements/{second}/retirement", new { version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await maya.PostAsJsonAsync($"/api/agreements/{second}/retirement", new { version = 1 })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await chris.PostAsJsonAsync($"/api/agreements/{second}/retirement", new { version = 1 })).StatusCode);
        var proposed = await OneAsync(dana, holt, second);
        Assert.Equal("Requested", proposed.GetProperty("status").GetString());
        Assert.True(proposed.GetProperty("retirementProposed").GetBoolean());
        Assert.Equal(1, proposed.GetProperty("agreedVersion").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await chris.PostAsJsonAsync($"/api/agreements/{second}/withdrawal", new { version = 1 })).StatusCode);
        Assert.Equal("Agreed", (await OneAsync(maya, holt, second)).GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.OK, (await chris.PostAsJsonAsync($"/api/agreements/{second}/retirement", new { version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await dana.PostAsJsonAsync($"/api/agreements/{second}/answers", new { answer = "Agree", version = 1 })).StatusCode);
        var retired = await OneAsync(maya, holt, second);
        Assert.Equal("Retired", retired.GetProperty("status").GetString());
        Assert.False(retired.GetProperty("retirementProposed").GetBoolean());

        var page = await (await dana.GetAsync($"/agreements/{second}")).Content.ReadAsStringAsync();
        Assert.Contains("agreed to set it aside", page, StringComparison.Ordinal);
        var list = await (await dana.GetAsync($"/cases/{holt}/agreements")).Content.ReadAsStringAsync();
        Assert.Contains("No longer in force", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePagesButtons_TakeAProposalBack_AndProposeSettingAnAgreementAside()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var asked = (await (await dana.PostAsJsonAsync($"/api/cases/{holt}/agreements", new { kind = "Boundary", text = "Weekend walks without phones", why = "Time for us." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var page = $"/agreements/{asked}";

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PressAsync(dana, page, "take-back")).StatusCode);
        Assert.Equal("Withdrawn", (await OneAsync(chris, holt, asked)).GetProperty("status").GetString());

        var kept = (await (await dana.PostAsJsonAsync($"/api/cases/{holt}/agreements", new { kind = "Boundary", text = "Weekend walks, just the two of us", why = "Time for us." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await chris.PostAsJsonAsync($"/api/agreements/{kept}/answers", new { answer = "Agree", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PressAsync(chris, $"/agreements/{kept}", "set-aside")).StatusCode);
        Assert.True((await OneAsync(dana, holt, kept)).GetProperty("retirementProposed").GetBoolean());
    }

    /// <summary>What the other tests of this class propose on the shared demo case.</summary>
    private static readonly string[] MadeByTheseTests = ["gym", "Weekend walks", "No phones at dinner", "We eat together on Sundays"];

    private static async Task<JsonElement> OneAsync(HttpClient client, Guid caseId, Guid id)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/agreements");
        var listed = page.GetProperty("boundaries").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id);
        var one = await client.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}");
        Assert.Equal(listed.GetProperty("status").GetString(), one.GetProperty("status").GetString());
        return one;
    }

    private async Task<int> CountAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        return await db.Agreements.CountAsync() + await db.ClinicalItems.CountAsync();
    }

    private async Task<Guid> FirstAgreementAsync()
    {
        using var scope = app.Services.CreateScope();
        return (await FourfoldAppFactory.SystemDb(scope).Agreements.Select(a => a.Id).FirstAsync()).Value;
    }
}

public sealed class AgreementApiTestsOnSqlite(SqliteApp app) : AgreementApiTests(app), IClassFixture<SqliteApp>;

public sealed class AgreementApiTestsOnPostgres(PostgresApp app) : AgreementApiTests(app), IClassFixture<PostgresApp>;
