using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.AccessHistory;

public abstract class AccessHistoryTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task ReadOfAPartnersItemByTheOtherPartnersTherapist_IsListedForThatPartnerInPlainWords_AndForNobodyElse()
    {
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var signed = await Sharing.SignAsync(app, chris, DemoAccounts.ChrisHolt, "Holt", ["SupportOfBetrayedPartner"], ["AssessmentSummary"],
            "So that Dana's therapist understands my assessment", days: 60);

        await RecordReadAsync(DemoAccounts.SamOrtiz, holt, "InvolvedPartner", signed.ToString());

        var page = await chris.GetStringAsync("/me/access-history");
        Assert.Contains("<strong>Sam Ortiz</strong>, your partner&#x27;s therapist, read an item about you in the Holt case", page, StringComparison.Ordinal);
        Assert.Contains("allowed by your authorization of", page, StringComparison.Ordinal);
        var api = await chris.GetFromJsonAsync<JsonElement>("/api/me/access-history");
        Assert.Contains(api.EnumerateArray(), e => e.GetProperty("reader").GetString() == "Sam Ortiz");

        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        Assert.DoesNotContain("Sam Ortiz", await dana.GetStringAsync("/me/access-history"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATimelinePageRead_IsListedItemByItem_ForThePartnersItIsAbout_AndForEachItemsHolder()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var page = await maya.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/timeline?limit=100");
        var read = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(read);

        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var history = (await chris.GetFromJsonAsync<JsonElement>("/api/me/access-history")).EnumerateArray()
            .Where(e => e.GetProperty("reader").GetString() == DemoAccounts.MayaLee.DisplayName)
            .Select(e => e.GetProperty("itemId").GetGuid()).ToHashSet();
        var aboutChris = read.Where(i => i.GetProperty("subject").GetString() is "InvolvedPartner" or "Couple").Select(i => i.GetProperty("id").GetGuid()).ToHashSet();
        Assert.NotEmpty(aboutChris);
        Assert.Equal(aboutChris, history);

        var heldByDana = read.First(i => i.GetProperty("holderName").GetString() == DemoAccounts.DanaHolt.DisplayName).GetProperty("id").GetGuid();
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var details = await dana.GetFromJsonAsync<JsonElement>($"/api/items/{heldByDana}");
        Assert.Contains(details.GetProperty("readBy").EnumerateArray(), r => r.GetProperty("name").GetString() == DemoAccounts.MayaLee.DisplayName);
    }

    private async Task RecordReadAsync(DemoAccount reader, Guid caseId, string subjects, string authorizations)
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var person = (await db.Users.SingleAsync(u => u.Email == reader.Email)).PersonId;
        await scope.ServiceProvider.GetRequiredService<AuditTrail>().RecordAsync(new AuditEntry(
            app.Clock.GetCurrentInstant(), person, AuditAction.ReadItem, AuditOutcome.Succeeded, CaseId.From(caseId), Guid.NewGuid(),
            subjects, "AudienceWithConsent", authorizations, "127.0.0.1"));
    }
}

public sealed class AccessHistoryTestsOnSqlite(SqliteApp app) : AccessHistoryTests(app), IClassFixture<SqliteApp>;

public sealed class AccessHistoryTestsOnPostgres(PostgresApp app) : AccessHistoryTests(app), IClassFixture<PostgresApp>;
