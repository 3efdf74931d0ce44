using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Authorizations;

/// <summary>
/// A couple item reaches a partner's own therapist only while both partners authorize it (DESIGN section 3, rule 6):
/// when one of them revokes, the very next request answers 404 and the refusal is audited.
/// </summary>
public abstract class CoupleItemRevocationTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task ACoupleItemReadUnderBothPartnersAuthorizations_IsGoneAtTheNextRequest_WhenOnePartnerRevokes()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var written = await maya.PostAsJsonAsync($"/api/cases/{holt}/items", new
        {
            kind = "SessionSummary",
            subject = "Couple",
            audience = new[] { "SupportOfBetrayedPartner" },
            title = "Joint session: the first repair conversation",
            body = "Both partners named one moment they felt unheard this week.",
            occurredOn = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.True(written.StatusCode == HttpStatusCode.Created, await written.Content.ReadAsStringAsync());
        var itemId = (await written.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        await Sharing.SignAsync(app, dana, DemoAccounts.DanaHolt, "Holt", ["SupportOfBetrayedPartner"], ["SessionSummary"], "So Sam knows what we work on together");
        await Sharing.SignAsync(app, chris, DemoAccounts.ChrisHolt, "Holt", ["SupportOfBetrayedPartner"], ["SessionSummary"], "So Dana's therapist knows what we work on together");

        var read = await sam.GetAsync($"/api/items/{itemId}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var used = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("item").GetProperty("authorizations").EnumerateArray().Select(a => a.GetGuid()).ToList();
        var chrisOwn = (await chris.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/authorizations")).EnumerateArray()
            .Select(a => a.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(chrisOwn, used.Contains);
        Assert.Contains(used, id => !chrisOwn.Contains(id));

        // Chris takes back everything he shared in the case, so no other authorization of his still covers the item.
        var revoked = 0;
        foreach (var authorization in chrisOwn)
        {
            if ((await chris.PostAsync($"/api/cases/{holt}/authorizations/{authorization}/revoke", null)).StatusCode == HttpStatusCode.NoContent)
            {
                revoked++;
            }
        }

        Assert.True(revoked >= 1);
        long before;
        using (var scope = app.Services.CreateScope())
        {
            before = await FourfoldAppFactory.SystemDb(scope).AuditEvents.MaxAsync(e => e.Sequence);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync($"/api/items/{itemId}")).StatusCode);
        var timeline = await sam.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/timeline?limit=100");
        Assert.DoesNotContain(timeline.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == itemId);
        Assert.Equal(HttpStatusCode.OK, (await maya.GetAsync($"/api/items/{itemId}")).StatusCode);
        using (var scope = app.Services.CreateScope())
        {
            var samId = (await FourfoldAppFactory.SystemDb(scope).Users.SingleAsync(u => u.Email == DemoAccounts.SamOrtiz.Email)).Id;
            var denial = await FourfoldAppFactory.SystemDb(scope).AuditEvents
                .SingleAsync(e => e.Sequence > before && e.ActorId == samId && e.Action == "ReadDenied" && e.ItemId == itemId);
            Assert.Equal("Denied", denial.Outcome);
            Assert.Equal(holt, denial.AuditedCaseId);
        }
    }
}

public sealed class CoupleItemRevocationTestsOnSqlite(SqliteApp app) : CoupleItemRevocationTests(app), IClassFixture<SqliteApp>;

public sealed class CoupleItemRevocationTestsOnPostgres(PostgresApp app) : CoupleItemRevocationTests(app), IClassFixture<PostgresApp>;
