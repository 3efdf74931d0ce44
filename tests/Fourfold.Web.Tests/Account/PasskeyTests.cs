using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Fourfold.Data.Identity;
using Fourfold.Domain.People;
using Fourfold.Web.Features.Account;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Account;

/// <summary>
/// Passkeys as the server sees them: who may start adding one, what the options ask of the device, how a forged
/// answer is refused, and that a removed passkey ends the person's other sessions. A device making and using a real
/// passkey is the browser suite's <c>PasskeyJourneyTests</c>.
/// </summary>
public abstract class PasskeyTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task AStoredPasskey_IsListedByName_AndRemovingIt_KeepsThisSession_EndsEveryOther_AndIsAudited()
    {
        var user = await Accounts.CreateAsync(app, PersonKind.Client);
        var credentialId = RandomNumberGenerator.GetBytes(32);
        await StorePasskeyAsync(user, credentialId, "Kitchen tablet");
        var here = await SignedInAsync(user);
        var elsewhere = await SignedInAsync(user);

        var page = await here.GetStringAsync("/account/security");
        Assert.Contains("Kitchen tablet", page, StringComparison.Ordinal);
        Assert.Contains("kept in sync across your devices", page, StringComparison.Ordinal);

        var removed = await Forms.SubmitAsync(here, "/account/security", "remove-passkey-" + System.Buffers.Text.Base64Url.EncodeToString(credentialId), new Dictionary<string, string>());
        var answer = await removed.Content.ReadAsStringAsync();

        Assert.Contains("The passkey is removed", answer, StringComparison.Ordinal);
        Assert.Contains("You have no passkeys yet.", answer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/")).StatusCode);
        Assert.StartsWith("/account/login", (await elsewhere.GetAsync("/")).RedirectPath(), StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserManager<FourfoldUser>>().GetPasskeysAsync(user));
        Assert.True(await FourfoldAppFactory.SystemDb(scope).AuditEvents.AnyAsync(e => e.ActorId == user.Id && e.Action == "PasskeyRemoved" && e.Outcome == "Succeeded"));
    }

    [Fact]
    public async Task AProfessionalPastTheirPasswordAlone_CannotStartAddingAPasskey()
    {
        var professional = await Accounts.CreateAsync(app, PersonKind.Professional, "Harbor Counseling");
        var client = await SignedInAsync(professional, expectedPath: "/");
        var token = await Forms.AntiforgeryTokenAsync(client, "/account/authenticator");

        var answer = await PostWithTokenAsync(client, PasskeyEndpoints.CreationOptionsPath, token);

        Assert.NotEqual(HttpStatusCode.OK, answer.StatusCode);
        Assert.StartsWith("/account/authenticator", answer.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATherapistPastBothFactors_GetsOptionsForAVerifiedDiscoverableKey_ThatLeaveOutTheKeysTheyHave()
    {
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var mayaUser = await FindAsync(DemoAccounts.MayaLee.Email);
        var existing = RandomNumberGenerator.GetBytes(32);
        await StorePasskeyAsync(mayaUser, existing, "Office key");
        try
        {
            var answer = await PostWithTokenAsync(maya, PasskeyEndpoints.CreationOptionsPath, await Forms.AntiforgeryTokenAsync(maya, "/account/security"));

            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            using var options = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
            var root = options.RootElement;
            Assert.Equal("localhost", root.GetProperty("rp").GetProperty("id").GetString());
            Assert.Equal(DemoAccounts.MayaLee.Email, root.GetProperty("user").GetProperty("name").GetString());
            Assert.Equal(DemoAccounts.MayaLee.DisplayName, root.GetProperty("user").GetProperty("displayName").GetString());
            Assert.Equal("required", root.GetProperty("authenticatorSelection").GetProperty("residentKey").GetString());
            Assert.Equal("required", root.GetProperty("authenticatorSelection").GetProperty("userVerification").GetString());
            Assert.True(System.Buffers.Text.Base64Url.DecodeFromChars(root.GetProperty("challenge").GetString()).Length >= 16);
            Assert.Contains(root.GetProperty("excludeCredentials").EnumerateArray(),
                key => key.GetProperty("id").GetString() == System.Buffers.Text.Base64Url.EncodeToString(existing));
        }
        finally
        {
            using var scope = app.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<FourfoldUser>>();
            await users.RemovePasskeyAsync((await users.FindByIdAsync(mayaUser.Id.ToString()))!, existing);
        }
    }

    [Fact]
    public async Task SignInOptions_NameNoAccount_AndAskTheDeviceToCheckWhoIsPresent()
    {
        var anyone = app.NewClient();
        var answer = await PostWithTokenAsync(anyone, PasskeyEndpoints.RequestOptionsPath, await Forms.AntiforgeryTokenAsync(anyone, "/account/login"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var options = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var root = options.RootElement;
        Assert.Equal("required", root.GetProperty("userVerification").GetString());
        Assert.True(!root.TryGetProperty("allowCredentials", out var allowed) || allowed.GetArrayLength() == 0);
        Assert.True(System.Buffers.Text.Base64Url.DecodeFromChars(root.GetProperty("challenge").GetString()).Length >= 16);
    }

    [Theory]
    [InlineData("{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"e30\",\"authenticatorData\":\"AAAA\",\"signature\":\"AAAA\"}}", true)]
    [InlineData("{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"e30\",\"authenticatorData\":\"AAAA\",\"signature\":\"AAAA\"}}", false)]
    [InlineData("not a passkey at all", true)]
    [InlineData("", true)]
    public async Task AForgedOrEmptyPasskeyAnswer_IsRefusedWithAPlainMessage_NeverAnError(string credential, bool askedForOptionsFirst)
    {
        var anyone = app.NewClient();
        if (askedForOptionsFirst)
        {
            await PostWithTokenAsync(anyone, PasskeyEndpoints.RequestOptionsPath, await Forms.AntiforgeryTokenAsync(anyone, "/account/login"));
        }

        var answer = await Forms.SubmitAsync(anyone, "/account/login", "passkey-sign-in", new Dictionary<string, string> { ["Passkey.Credential"] = credential });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("That passkey was not accepted here", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("/account/login", (await anyone.GetAsync("/")).RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOversizedPasskeyAnswer_IsRefusedUnread()
    {
        var anyone = app.NewClient();
        var answer = await Forms.SubmitAsync(anyone, "/account/login", "passkey-sign-in",
            new Dictionary<string, string> { ["Passkey.Credential"] = new string('a', PasskeyCredentialInput.MaxLength + 1) });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("That passkey was not accepted here", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("/account/login", (await anyone.GetAsync("/")).RedirectPath(), StringComparison.Ordinal);
    }

    private async Task StorePasskeyAsync(FourfoldUser user, byte[] credentialId, string name)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FourfoldUser>>();
        var passkey = new UserPasskeyInfo(
            credentialId, RandomNumberGenerator.GetBytes(77), DateTimeOffset.UtcNow, signCount: 0, transports: ["internal"],
            isUserVerified: true, isBackupEligible: true, isBackedUp: true, attestationObject: [], clientDataJson: [])
        {
            Name = name,
        };
        var stored = await users.AddOrUpdatePasskeyAsync(await users.FindByIdAsync(user.Id.ToString()) ?? user, passkey);
        Assert.True(stored.Succeeded);
    }

    private async Task<FourfoldUser> FindAsync(string email)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<FourfoldUser>>().FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
    }

    private async Task<HttpClient> SignedInAsync(FourfoldUser user, string expectedPath = "/")
    {
        var client = app.NewClient();
        Assert.Equal(expectedPath, (await Personas.PasswordAsync(client, user.Email!, DemoAccount.Password)).RedirectPath());
        return client;
    }

    private static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string path, string token)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        return await client.PostAsync(path, content);
    }
}

public sealed class PasskeyTestsOnSqlite(SqliteApp app) : PasskeyTests(app), IClassFixture<SqliteApp>;

public sealed class PasskeyTestsOnPostgres(PostgresApp app) : PasskeyTests(app), IClassFixture<PostgresApp>;
