using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;

namespace Fourfold.Web.Tests.Agreements;

public abstract class DisclosureLogTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task ChrisRecordsADisclosureWithinTheCommitment_ItIsOnTime_AndDanaAndHisTherapistAreToldWithoutItsContent()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var commitment = await CommitmentAsync(chris, holt, "Any contact from her");
        // A day behind UTC, so that it has come in every partner's and professional's own zone.
        var today = app.Clock.GetCurrentInstant().InUtc().Date.ToDateOnly().AddDays(-1);
        var danaMailBefore = Mail.To(app, DemoAccounts.DanaHolt.Email).Count;

        var recorded = await chris.PostAsJsonAsync($"/api/cases/{holt}/disclosures", new
        {
            what = "She called from a new number; I hung up",
            happenedOn = today.AddDays(-1),
            toldOn = today,
            told = new[] { "Partner", "OwnSupport" },
            commitmentId = commitment,
        });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var saved = await recorded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("OnTime", saved.GetProperty("timeliness").GetString());
        var id = saved.GetProperty("id").GetGuid();

        var late = await chris.PostAsJsonAsync($"/api/cases/{holt}/disclosures", new
        {
            what = "She wrote again and I answered once",
            happenedOn = today.AddDays(-3),
            toldOn = today,
            told = new[] { "Partner" },
            commitmentId = commitment,
        });
        Assert.Equal("Late", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("timeliness").GetString());

        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var log = await dana.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/disclosures");
        var entry = log.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == id);
        Assert.Equal("She called from a new number; I hung up", entry.GetProperty("what").GetString());
        Assert.Equal(commitment, entry.GetProperty("commitmentId").GetGuid());
        Assert.DoesNotContain("Any contact from her", entry.GetProperty("details").GetString(), StringComparison.Ordinal);

        var notices = Mail.To(app, DemoAccounts.DanaHolt.Email).Skip(danaMailBefore).ToList();
        Assert.Equal(2, notices.Count);
        Assert.All(notices, notice =>
        {
            Assert.Equal("Chris Holt recorded something for you in Fourfold", notice.Subject);
            Assert.DoesNotContain("called", notice.TextBody, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("wrote", notice.TextBody, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Contains(Mail.To(app, DemoAccounts.AlexKim.Email), m => m.Subject == "Chris Holt recorded something for you in Fourfold");

        Assert.All(Mail.To(app, DemoAccounts.DanaHolt.Email).Skip(danaMailBefore), notice => Assert.DoesNotContain("disclosure", notice.TextBody, StringComparison.OrdinalIgnoreCase));

        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var samLog = await sam.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/disclosures");
        Assert.DoesNotContain(samLog.EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync($"/api/items/{id}")).StatusCode);
    }

    [Fact]
    public async Task OnlyTheInvolvedPartnerKeepsTheLog_AndEachFieldHasItsMessage()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var byDana = await dana.PostAsJsonAsync($"/api/cases/{holt}/disclosures", new { what = "x", happenedOn = "2026-11-01", toldOn = "2026-11-01", told = new[] { "Partner" } });
        Assert.Equal(HttpStatusCode.BadRequest, byDana.StatusCode);

        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var empty = await chris.PostAsJsonAsync($"/api/cases/{holt}/disclosures", new { what = "", toldOn = "2999-01-01" });
        var errors = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["commitmentId", "happenedOn", "told", "toldOn", "what"], errors.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task HisTherapistRecordsSomethingDiscovered_OnlyWithHisKnowledge()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var alex = await app.SignedInAsync(DemoAccounts.AlexKim);
        // A day behind UTC, so that it has come in every partner's and professional's own zone.
        var today = app.Clock.GetCurrentInstant().InUtc().Date.ToDateOnly().AddDays(-1);
        var unknown = await alex.PostAsJsonAsync($"/api/cases/{holt}/disclosures", new { what = "Found a second phone", happenedOn = today, discovered = true });
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("partnerKnows", out _));

        var known = await alex.PostAsJsonAsync($"/api/cases/{holt}/disclosures", new { what = "Found a second phone", happenedOn = today, discovered = true, partnerKnows = true, audience = new[] { "CouplesTherapist" } });
        Assert.Equal(HttpStatusCode.Created, known.StatusCode);
        var saved = await known.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("DiscoveredNotDisclosed", saved.GetProperty("timeliness").GetString());

        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        Assert.Contains((await chris.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/disclosures")).EnumerateArray(),
            e => e.GetProperty("id").GetGuid() == saved.GetProperty("id").GetGuid());
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var bySam = await sam.PostAsJsonAsync($"/api/cases/{holt}/disclosures", new { what = "x", happenedOn = today, discovered = true, partnerKnows = true });
        Assert.Equal(HttpStatusCode.BadRequest, bySam.StatusCode);
    }

    private static async Task<Guid> CommitmentAsync(HttpClient client, Guid caseId, string startsWith)
    {
        var agreements = await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/agreements");
        return agreements.GetProperty("disclosureCommitments").EnumerateArray()
            .Single(c => c.GetProperty("text").GetString()!.StartsWith(startsWith, StringComparison.Ordinal)).GetProperty("id").GetGuid();
    }
}

public sealed class DisclosureLogTestsOnSqlite(SqliteApp app) : DisclosureLogTests(app), IClassFixture<SqliteApp>;

public sealed class DisclosureLogTestsOnPostgres(PostgresApp app) : DisclosureLogTests(app), IClassFixture<PostgresApp>;
