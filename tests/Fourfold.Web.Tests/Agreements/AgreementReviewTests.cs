using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Agreements;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fourfold.Web.Tests.Agreements;

public abstract class AgreementReviewTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task BothPartnersAreRemindedOnce_WhenAnAgreementReachesItsReviewDay_WithNothingOfItsContent()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);

        // The demo's agreement under review is reminded of first, once.
        Assert.Equal(1, await RunJobAsync());
        Assert.Equal(0, await RunJobAsync());

        var asked = await dana.PostAsJsonAsync($"/api/cases/{holt}/agreements", new
        {
            kind = "Boundary",
            text = "We sleep with the phones outside the bedroom",
            why = "The night is when the worry comes.",
            reviewOn = app.Clock.GetCurrentInstant().InUtc().Date.PlusDays(10).ToDateOnly(),
        });
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await chris.PostAsJsonAsync($"/api/agreements/{id}/answers", new { answer = "Agree", version = 1 });

        Assert.Equal(0, await RunJobAsync());
        app.Clock.Advance(Duration.FromDays(11));
        try
        {
            Assert.Equal(1, await RunJobAsync());
            Assert.Equal(0, await RunJobAsync());
            var seen = await (await app.SignedInAsync(DemoAccounts.DanaHolt)).GetFromJsonAsync<JsonElement>($"/api/agreements/{id}");
            Assert.True(seen.GetProperty("dueForReview").GetBoolean());
        }
        finally
        {
            app.Clock.Advance(Duration.FromDays(-11));
        }

        foreach (var partner in new[] { DemoAccounts.DanaHolt, DemoAccounts.ChrisHolt })
        {
            var reminders = Mail.To(app, partner.Email).Where(m => m.Subject == "An agreement in Fourfold is due for review").ToList();
            Assert.Equal(2, reminders.Count);
            Assert.All(reminders, reminder =>
            {
                Assert.DoesNotContain("phone", reminder.TextBody, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("contact", reminder.TextBody, StringComparison.OrdinalIgnoreCase);
            });
        }

        Assert.DoesNotContain(Mail.To(app, DemoAccounts.MayaLee.Email), m => m.Subject == "An agreement in Fourfold is due for review");
    }

    private async Task<int> RunJobAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AgreementReviewJob>().RunAsync(CancellationToken.None);
    }
}

public sealed class AgreementReviewTestsOnSqlite(SqliteApp app) : AgreementReviewTests(app), IClassFixture<SqliteApp>;

public sealed class AgreementReviewTestsOnPostgres(PostgresApp app) : AgreementReviewTests(app), IClassFixture<PostgresApp>;
