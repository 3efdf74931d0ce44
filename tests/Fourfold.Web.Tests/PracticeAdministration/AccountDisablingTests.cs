using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Data.Identity;
using Fourfold.Domain.People;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.PracticeAdministration;

/// <summary>
/// A practice administrator turns an account of their practice off: every sign-in of its owner ends at their next
/// request, no new one is possible, and only someone who knows the password learns why; turned back on, it works again.
/// </summary>
public abstract class AccountDisablingTests(FourfoldAppFactory app)
{
    private const string Harbor = "Harbor Counseling";

    [Fact]
    public async Task TurningAnAccountOff_EndsItsSessionsAndTokens_AndRefusesSignIn_UntilItIsTurnedBackOn()
    {
        var therapist = await Accounts.CreateAsync(app, PersonKind.Professional, Harbor);
        var browser = app.NewClient();
        Assert.Equal("/", (await Personas.PasswordAsync(browser, therapist.Email!, DemoAccount.Password)).RedirectPath());
        Assert.Equal("/account/authenticator", (await browser.GetAsync("/")).RedirectPath());
        var token = await Bearer.TokenAsync(app, therapist.Email!);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await Bearer.GetAsync(app, "/api/cases", token)).StatusCode);
        var priya = await app.SignedInAsync(DemoAccounts.PriyaNair);

        var turnedOff = await Forms.SubmitAsync(priya, "/practice", $"account-{therapist.Id}", new Dictionary<string, string> { ["intent"] = "off" });
        var again = await Forms.SubmitAsync(priya, "/practice", $"account-{therapist.Id}", new Dictionary<string, string> { ["intent"] = "off" });

        var page = await turnedOff.Content.ReadAsStringAsync();
        Assert.Contains("Test Professional&#x27;s account is off", page, StringComparison.Ordinal);
        Assert.Contains("Turned off", page, StringComparison.Ordinal);
        // A second click from the same page (or a page left open) does not turn it back on.
        Assert.Contains("Test Professional&#x27;s account is off", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("/account/login", (await browser.GetAsync("/")).RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer.GetAsync(app, "/api/cases", token)).StatusCode);

        var rightPassword = await Personas.PasswordAsync(app.NewClient(), therapist.Email!, DemoAccount.Password);
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains("Your practice has turned this account off", await rightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var wrongPassword = await (await Personas.PasswordAsync(app.NewClient(), therapist.Email!, "not the password at all")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("turned this account off", wrongPassword, StringComparison.Ordinal);
        Assert.Contains("That email and password do not match an account", wrongPassword, StringComparison.Ordinal);
        var apiLogin = await app.NewClient().PostAsJsonAsync("/api/auth/login", new { email = therapist.Email, password = DemoAccount.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, apiLogin.StatusCode);

        await using (var db = new Scoped(app))
        {
            var stored = await db.Context.Users.SingleAsync(u => u.Id == therapist.Id);
            var priyaId = (await db.Context.Users.SingleAsync(u => u.Email == DemoAccounts.PriyaNair.Email)).Id;
            Assert.NotNull(stored.DisabledAt);
            Assert.Equal(priyaId, stored.DisabledBy?.Value);
            var recorded = await db.Context.AuditEvents.SingleAsync(e => e.Action == "AccountDisabled" && e.ItemId == therapist.Id);
            Assert.Equal(priyaId, recorded.ActorId);
            Assert.True(await db.Context.AuditEvents.CountAsync(e => e.Action == "SignInFailed" && e.ActorId == therapist.Id) >= 3);
        }

        var turnedOn = await Forms.SubmitAsync(priya, "/practice", $"account-{therapist.Id}", new Dictionary<string, string> { ["intent"] = "on" });
        Assert.Contains("account is on again", await turnedOn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/", (await Personas.PasswordAsync(app.NewClient(), therapist.Email!, DemoAccount.Password)).RedirectPath());
        await using (var db = new Scoped(app))
        {
            Assert.True(await db.Context.AuditEvents.AnyAsync(e => e.Action == "AccountEnabled" && e.ItemId == therapist.Id));
        }
    }

    [Fact]
    public async Task ThroughTheApi_TheAdministratorListsThePractice_AndTurnsAnAccountOffAndOn()
    {
        var coach = await Accounts.CreateAsync(app, PersonKind.Professional, Harbor);
        var priya = await app.SignedInAsync(DemoAccounts.PriyaNair);

        Assert.Equal(HttpStatusCode.NoContent, (await priya.PostAsync($"/api/practice/members/{coach.Id}/disable", null)).StatusCode);
        var members = await priya.GetFromJsonAsync<JsonElement>("/api/practice/members");
        var listed = members.EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == coach.Id);
        Assert.Equal(JsonValueKind.String, listed.GetProperty("disabledAt").ValueKind);
        Assert.DoesNotContain(members.EnumerateArray(), m => m.GetProperty("email").GetString() == DemoAccounts.AlexKim.Email);
        Assert.Equal("Your practice has turned this account off, so it cannot sign in. Its administrator can turn it back on.",
            await SignInMessageAsync(coach));

        Assert.Equal(HttpStatusCode.NoContent, (await priya.PostAsync($"/api/practice/members/{coach.Id}/enable", null)).StatusCode);
        members = await priya.GetFromJsonAsync<JsonElement>("/api/practice/members");
        listed = members.EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == coach.Id);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("disabledAt").ValueKind);
    }

    [Fact]
    public async Task NobodyTurnsOffTheirOwnAccount_NorOneOfAnotherPractice_AndOnlyAnAdministratorTurnsAnyOff()
    {
        var priya = await app.SignedInAsync(DemoAccounts.PriyaNair);
        await using var db = new Scoped(app);
        var priyaId = (await db.Context.Users.SingleAsync(u => u.Email == DemoAccounts.PriyaNair.Email)).Id;
        var alexId = (await db.Context.Users.SingleAsync(u => u.Email == DemoAccounts.AlexKim.Email)).Id;
        var samId = (await db.Context.Users.SingleAsync(u => u.Email == DemoAccounts.SamOrtiz.Email)).Id;
        var otherPractice = await Accounts.CreateAsync(app, PersonKind.Professional, "Westside Recovery Therapy");

        var own = await priya.PostAsync($"/api/practice/members/{priyaId}/disable", null);
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("cannot turn off your own account", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await priya.PostAsync($"/api/practice/members/{alexId}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await priya.PostAsync($"/api/practice/members/{otherPractice.Id}/disable", null)).StatusCode);
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        Assert.Equal(HttpStatusCode.NotFound, (await maya.PostAsync($"/api/practice/members/{samId}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await maya.GetAsync("/api/practice/members")).StatusCode);

        db.Context.ChangeTracker.Clear();
        Assert.False(await db.Context.Users.AnyAsync(u => u.DisabledAt != null && (u.Id == priyaId || u.Id == alexId || u.Id == samId || u.Id == otherPractice.Id)));
        var page = await priya.GetStringAsync("/practice");
        Assert.Contains($"account-{samId}", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"account-{priyaId}", page, StringComparison.Ordinal);
    }

    private async Task<string> SignInMessageAsync(FourfoldUser user)
    {
        var answer = await (await Personas.PasswordAsync(app.NewClient(), user.Email!, DemoAccount.Password)).Content.ReadAsStringAsync();
        var start = answer.IndexOf("Your practice has turned", StringComparison.Ordinal);
        return start < 0 ? answer : answer[start..answer.IndexOf("back on.", start, StringComparison.Ordinal)] + "back on.";
    }

    /// <summary>The database as the system sees it, for checking what a test did.</summary>
    private sealed class Scoped(FourfoldAppFactory app) : IAsyncDisposable
    {
        private readonly IServiceScope scope = app.Services.CreateScope();

        public Data.FourfoldDbContext Context => FourfoldAppFactory.SystemDb(scope);

        public ValueTask DisposeAsync()
        {
            scope.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

public sealed class AccountDisablingTestsOnSqlite(SqliteApp app) : AccountDisablingTests(app), IClassFixture<SqliteApp>;

public sealed class AccountDisablingTestsOnPostgres(PostgresApp app) : AccountDisablingTests(app), IClassFixture<PostgresApp>;
