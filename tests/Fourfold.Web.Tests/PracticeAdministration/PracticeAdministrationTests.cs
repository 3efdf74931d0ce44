using System.Net;
using System.Text.RegularExpressions;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;

namespace Fourfold.Web.Tests.PracticeAdministration;

public abstract partial class PracticeAdministrationTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task Administrator_AddsATherapist_WhoChoosesAPasswordAndMustEnrolAnAuthenticator()
    {
        var admin = await app.SignedInAsync(DemoAccounts.PriyaNair);
        var email = $"new-therapist-{Guid.NewGuid():N}@accounts.test";

        var added = await Forms.SubmitAsync(admin, "/practice", "add-member", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Robin New",
            ["Input.Email"] = email,
            ["Input.Role"] = "Therapist",
            ["Input.TimeZoneId"] = "America/Denver",
        });
        Assert.Contains("can now choose a password", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var link = Mail.LinkTo(app, email, "/account/reset-password");
        var therapist = app.NewClient();
        var chosen = await Forms.SubmitAsync(therapist, link, "reset-password", new Dictionary<string, string>
        {
            ["Input.Password"] = "robin's own passphrase",
            ["Input.ConfirmPassword"] = "robin's own passphrase",
            ["Input.Email"] = email,
            ["Input.Token"] = Uri.UnescapeDataString(ResetToken().Match(link).Groups[1].Value),
        });
        Assert.Contains("Your password is changed", await chosen.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await Personas.PasswordAsync(therapist, email, "robin's own passphrase");
        Assert.Equal("/account/authenticator", (await therapist.GetAsync("/")).RedirectPath());
    }

    [Fact]
    public async Task PracticePage_ForAnyoneButAnAdministrator_IsNotFound()
    {
        foreach (var person in new[] { DemoAccounts.MayaLee, DemoAccounts.DanaHolt })
        {
            var client = await app.SignedInAsync(person);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/practice")).StatusCode);
        }
    }

    [Fact]
    public async Task AddSomeone_WithAnAddressInUse_IsRefusedWithTheReason()
    {
        var admin = await app.SignedInAsync(DemoAccounts.PriyaNair);

        var response = await Forms.SubmitAsync(admin, "/practice", "add-member", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Duplicate",
            ["Input.Email"] = DemoAccounts.SamOrtiz.Email,
            ["Input.Role"] = "Coach",
            ["Input.TimeZoneId"] = "America/New_York",
        });

        Assert.Contains("An account with this email address exists already.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("token=([^&\\s]+)")]
    private static partial Regex ResetToken();
}

public sealed class PracticeAdministrationTestsOnSqlite(SqliteApp app) : PracticeAdministrationTests(app), IClassFixture<SqliteApp>;

public sealed class PracticeAdministrationTestsOnPostgres(PostgresApp app) : PracticeAdministrationTests(app), IClassFixture<PostgresApp>;
