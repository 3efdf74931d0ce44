using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Authorizations;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fourfold.Web.Tests.Authorizations;

public abstract class ExpiryReminderTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task PartnerIsRemindedOnce_FourteenDaysBeforeAnAuthorizationEnds_WithoutClinicalDetail()
    {
        var riley = await app.SignedInAsync(DemoAccounts.RileyPark);
        Guid park;
        using (var scope = app.Services.CreateScope())
        {
            park = (await FourfoldAppFactory.SystemDb(scope).Cases.SingleAsync(c => c.Label == "Park")).Id.Value;
        }

        var choices = new
        {
            recipientRoles = new[] { "SupportOfInvolvedPartner" },
            categories = new[] { "AssessmentSummary" },
            purpose = "Avery's therapist may read my assessment",
            lastDay = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(40)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        var preview = await (await riley.PostAsJsonAsync($"/api/cases/{park}/authorizations/preview", choices)).Content.ReadFromJsonAsync<JsonElement>();
        await riley.PostAsJsonAsync($"/api/cases/{park}/authorizations", new
        {
            choices.recipientRoles,
            choices.categories,
            choices.purpose,
            choices.lastDay,
            typedName = "Riley Park",
            textHash = preview.GetProperty("textHash").GetString(),
        });

        Assert.Equal(0, await RunJobAsync());
        app.Clock.Advance(Duration.FromDays(30));
        Assert.Equal(1, await RunJobAsync());
        Assert.Equal(0, await RunJobAsync());

        var reminder = Assert.Single(Mail.To(app, DemoAccounts.RileyPark.Email), m => m.Subject == "Something you share in Fourfold ends soon");
        Assert.DoesNotContain("assessment", reminder.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Avery", reminder.TextBody, StringComparison.Ordinal);
        app.Clock.Advance(Duration.FromDays(-30));
    }

    private async Task<int> RunJobAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ExpiryReminderJob>().RunAsync(CancellationToken.None);
    }
}

public sealed class ExpiryReminderTestsOnSqlite(SqliteApp app) : ExpiryReminderTests(app), IClassFixture<SqliteApp>;

public sealed class ExpiryReminderTestsOnPostgres(PostgresApp app) : ExpiryReminderTests(app), IClassFixture<PostgresApp>;
