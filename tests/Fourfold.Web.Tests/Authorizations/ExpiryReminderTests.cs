using Fourfold.Web.Features.Authorizations;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fourfold.Web.Tests.Authorizations;

public abstract class ExpiryReminderTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task PartnerIsRemindedOnce_FourteenDaysBeforeAnAuthorizationEnds_WithoutClinicalDetail()
    {
        var riley = await app.SignedInAsync(DemoAccounts.RileyPark);
        await Sharing.SignAsync(app, riley, DemoAccounts.RileyPark, "Park", ["SupportOfInvolvedPartner"], ["AssessmentSummary"],
            "Avery's therapist may read my assessment", days: 40);

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
