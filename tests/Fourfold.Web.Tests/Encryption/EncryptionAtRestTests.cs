using System.Security.Cryptography;
using System.Text;
using Fourfold.Data;
using Fourfold.Domain.Authorizations;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Encryption;

public abstract class EncryptionAtRestTests(FourfoldAppFactory app)
{
    private const string SignedPhrase = "to see these kinds of my information in Fourfold";

    [Fact]
    public async Task SignedAuthorizationText_IsStoredOnlyAsCiphertext_AndReadBackAsSigned()
    {
        var id = await SignAsync(DemoAccounts.RileyPark, "Park");

        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var stored = await RawSignedTextAsync(db, id);
        Assert.StartsWith("enc1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(SignedPhrase, stored, StringComparison.Ordinal);
        Assert.Contains(SignedPhrase, (await db.Authorizations.SingleAsync(a => a.Id == id)).SignedText, StringComparison.Ordinal);

        if (app is SqliteApp sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqlite.DatabaseFile, sqlite.DatabaseFile + "-wal" }.Where(File.Exists))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                Assert.DoesNotContain(SignedPhrase, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task AfterARevocation_TheTextAndPurposeAreStillOnlyCiphertext()
    {
        var riley = await app.SignedInAsync(DemoAccounts.RileyPark);
        var id = await Sharing.SignAsync(app, riley, DemoAccounts.RileyPark, "Park", ["SupportOfInvolvedPartner"], ["Attendance"], "Only for scheduling with Avery's therapist");
        await riley.PostAsync($"/api/cases/{await Sharing.CaseIdAsync(app, "Park")}/authorizations/{id}/revoke", null);

        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var stored = await db.Authorizations.Where(a => a.Id == id)
            .Select(a => new { Text = EF.Property<string>(a, nameof(Authorization.SignedText)), a.Terms.Purpose, a.RevokedAt }).SingleAsync();
        Assert.NotNull(stored.RevokedAt);
        Assert.StartsWith("enc1:", stored.Text, StringComparison.Ordinal);
        Assert.StartsWith("enc1:", stored.Purpose, StringComparison.Ordinal);
        Assert.Equal("Only for scheduling with Avery's therapist", (await db.Authorizations.SingleAsync(a => a.Id == id)).Terms.Purpose);
    }

    [Fact]
    public async Task Ciphertext_CopiedToAnotherRow_FailsToDecrypt()
    {
        var first = await SignAsync(DemoAccounts.DanaHolt, "Holt");
        var second = await SignAsync(DemoAccounts.ChrisHolt, "Holt");

        using (var scope = app.Services.CreateScope())
        {
            var db = FourfoldAppFactory.SystemDb(scope);
            var copied = await RawSignedTextAsync(db, first);
            await db.Authorizations.Where(a => a.Id == second)
                .ExecuteUpdateAsync(s => s.SetProperty(a => EF.Property<string>(a, nameof(Authorization.SignedText)), copied));
        }

        using var check = app.Services.CreateScope();
        await Assert.ThrowsAnyAsync<CryptographicException>(() => FourfoldAppFactory.SystemDb(check).Authorizations.SingleAsync(a => a.Id == second));
        await FourfoldAppFactory.SystemDb(check).Authorizations.Where(a => a.Id == second).ExecuteDeleteAsync();
    }

    [Fact]
    public async Task DataProtectionKeys_AreStoredEncrypted_AndStillSignCookies()
    {
        var client = await app.SignedInAsync(DemoAccounts.MorganReed);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        using var scope = app.Services.CreateScope();
        var stored = await FourfoldAppFactory.SystemDb(scope).DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("encryptedKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ACookieABearerTokenAndAnAntiforgeryToken_IssuedByOneInstance_WorkOnAnother()
    {
        var user = await Accounts.CreateAsync(app, Domain.People.PersonKind.Client);
        var browser = app.NewClient();
        Assert.Equal("/", (await Personas.PasswordAsync(browser, user.Email!, Features.Demo.DemoAccount.Password)).RedirectPath());
        var echo = await browser.GetAsync("/api/antiforgery");
        var cookies = string.Join("; ", echo.RequestMessage!.Headers.GetValues("Cookie"));
        var formToken = await Forms.AntiforgeryTokenAsync(browser, "/");
        var bearer = await Bearer.TokenAsync(app, user.Email!);
        await using var second = new SecondInstance(app);
        var elsewhere = second.NewClientWithoutAntiforgery();
        elsewhere.DefaultRequestHeaders.Add("Cookie", cookies);

        Assert.Equal(System.Net.HttpStatusCode.OK, (await elsewhere.GetAsync("/")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Bearer.GetAsync(second, "/api/cases", bearer)).StatusCode);
        using var signOut = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = formToken });
        var signedOut = await elsewhere.PostAsync("/account/logout", signOut);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith("/account/login", (await browser.GetAsync("/")).RedirectPath(), StringComparison.Ordinal);
    }

    private static Task<string> RawSignedTextAsync(FourfoldDbContext db, AuthorizationId id) =>
        db.Authorizations.Where(a => a.Id == id).Select(a => EF.Property<string>(a, nameof(Authorization.SignedText))).SingleAsync();

    private async Task<AuthorizationId> SignAsync(DemoAccount partner, string caseLabel) =>
        await Sharing.SignAsync(app, await app.SignedInAsync(partner), partner, caseLabel, ["CouplesTherapist", "SupportOfBetrayedPartner"], ["Attendance"], "Scheduling");
}

public sealed class EncryptionAtRestTestsOnSqlite(SqliteApp app) : EncryptionAtRestTests(app), IClassFixture<SqliteApp>;

public sealed class EncryptionAtRestTestsOnPostgres(PostgresApp app) : EncryptionAtRestTests(app), IClassFixture<PostgresApp>;
