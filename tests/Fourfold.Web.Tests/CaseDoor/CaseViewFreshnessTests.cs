using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.CaseDoor;

/// <summary>
/// The door keeps each case's team and authorizations in memory by the case's version. These tests run two instances
/// of the app on one database, as two servers would, and show that a change made on one is seen by the other at its
/// very next request, and that a revocation made while readers keep reading is never served after it is done.
/// </summary>
public abstract class CaseViewFreshnessTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task ARevocationOnOneInstance_IsRefusedOnTheOther_AtItsNextRequest()
    {
        var (holt, itemId) = await CoupleItemForSamAsync("Joint session: what each of us needs to feel safe at home");
        await using var second = new SecondInstance(app);
        var sam = await Bearer.TokenAsync(app, DemoAccounts.SamOrtiz.Email, Personas.NextCode(app, DemoAccounts.SamOrtiz.AuthenticatorKey!));

        // The second instance reads the case now, so it holds the case's view when the change happens elsewhere.
        Assert.Equal(HttpStatusCode.OK, (await Bearer.GetAsync(second, $"/api/items/{itemId}", sam)).StatusCode);
        Assert.Contains(itemId, await TimelineIdsAsync(second, holt, sam));

        await RevokeEverythingOfChrisAsync(holt);

        Assert.Equal(HttpStatusCode.NotFound, (await Bearer.GetAsync(second, $"/api/items/{itemId}", sam)).StatusCode);
        Assert.DoesNotContain(itemId, await TimelineIdsAsync(second, holt, sam));
    }

    [Fact]
    public async Task ANewAuthorizationOnOneInstance_IsHonouredOnTheOther_AtItsNextRequest()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        await RevokeEverythingOfChrisAsync(holt);
        var (_, itemId) = await CoupleItemForSamAsync("Joint session: a first plan for hard evenings", chrisSigns: false);
        await using var second = new SecondInstance(app);
        var sam = await Bearer.TokenAsync(app, DemoAccounts.SamOrtiz.Email, Personas.NextCode(app, DemoAccounts.SamOrtiz.AuthenticatorKey!));
        Assert.Equal(HttpStatusCode.NotFound, (await Bearer.GetAsync(second, $"/api/items/{itemId}", sam)).StatusCode);

        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        await Sharing.SignAsync(app, chris, DemoAccounts.ChrisHolt, "Holt", ["SupportOfBetrayedPartner"], ["SessionSummary"], "So Dana's therapist knows what we work on together");

        Assert.Equal(HttpStatusCode.OK, (await Bearer.GetAsync(second, $"/api/items/{itemId}", sam)).StatusCode);
    }

    [Fact]
    public async Task ARevocationUnderLoad_IsNeverServedAfterItIsDone()
    {
        var (holt, itemId) = await CoupleItemForSamAsync("Joint session: naming the pace that works for both of us");
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var chrisOwn = await OwnAuthorizationsAsync(chris, holt);
        var newest = chrisOwn[0];
        foreach (var older in chrisOwn.Skip(1))
        {
            await chris.PostAsync($"/api/cases/{holt}/authorizations/{older}/revoke", null);
        }

        await using var second = new SecondInstance(app);
        var sam = await Bearer.TokenAsync(app, DemoAccounts.SamOrtiz.Email, Personas.NextCode(app, DemoAccounts.SamOrtiz.AuthenticatorKey!));
        Assert.Equal(HttpStatusCode.OK, (await Bearer.GetAsync(app, $"/api/items/{itemId}", sam)).StatusCode);

        long revokedAt = long.MaxValue;
        var answers = new ConcurrentBag<(long StartedAt, HttpStatusCode Status)>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 6).Select(n => Task.Run(async () =>
        {
            var instance = n % 2 == 0 ? app : (FourfoldAppFactory)second;
            var readsAfter = 0;
            while (readsAfter < 15)
            {
                var startedAt = Stopwatch.GetTimestamp();
                var status = (await Bearer.GetAsync(instance, $"/api/items/{itemId}", sam)).StatusCode;
                answers.Add((startedAt, status));
                if (startedAt > Interlocked.Read(ref revokedAt))
                {
                    readsAfter++;
                }
            }
        })).ToList();

        await Task.Delay(300);
        var revoked = await chris.PostAsync($"/api/cases/{holt}/authorizations/{newest}/revoke", null);
        Interlocked.Exchange(ref revokedAt, Stopwatch.GetTimestamp());
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await Task.WhenAll(readers);

        Assert.Contains(answers, a => a.StartedAt < revokedAt && a.Status == HttpStatusCode.OK);
        var after = answers.Where(a => a.StartedAt > revokedAt).ToList();
        Assert.True(after.Count >= 90, $"only {after.Count} reads after the revocation");
        Assert.All(after, a => Assert.Equal(HttpStatusCode.NotFound, a.Status));
    }

    [Fact]
    public async Task APlaceTakenOnOneInstance_IsReachedOnTheOther_AtItsNextRequest()
    {
        await using var second = new SecondInstance(app);
        var alex = await Bearer.TokenAsync(app, DemoAccounts.AlexKim.Email, Personas.NextCode(app, DemoAccounts.AlexKim.AuthenticatorKey!));
        var reed = await Sharing.CaseIdAsync(app, "Reed");

        // The second instance keeps the cases Alex reaches before he joins Reed.
        Assert.DoesNotContain("Reed", await CaseLabelsAsync(second, alex));
        Assert.Equal(HttpStatusCode.NotFound, (await Bearer.GetAsync(second, $"/api/cases/{reed}/timeline", alex)).StatusCode);

        var browser = await app.SignedInAsync(DemoAccounts.AlexKim);
        Guid membershipId;
        using (var scope = app.Services.CreateScope())
        {
            membershipId = await FourfoldAppFactory.SystemDb(scope).CaseMemberships
                .Where(m => m.CaseId == Domain.Cases.CaseId.From(reed) && m.InvitedEmail == DemoAccounts.AlexKim.Email && m.Status == Domain.Cases.MembershipStatus.Invited)
                .Select(m => m.Id).SingleAsync();
        }

        var token = await Forms.AntiforgeryTokenAsync(browser, "/");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal("/?joined=true", (await browser.PostAsync($"/invitations/{membershipId}/accept", form)).RedirectPath());

        Assert.Contains("Reed", await CaseLabelsAsync(second, alex));
        Assert.Equal(HttpStatusCode.OK, (await Bearer.GetAsync(second, $"/api/cases/{reed}/timeline", alex)).StatusCode);
    }

    /// <summary>Maya writes a couple item for Dana's therapist, Sam, and both partners share session summaries with him.</summary>
    private async Task<(Guid Holt, Guid ItemId)> CoupleItemForSamAsync(string title, bool chrisSigns = true)
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var written = await maya.PostAsJsonAsync($"/api/cases/{holt}/items", new
        {
            kind = "SessionSummary",
            subject = "Couple",
            audience = new[] { "SupportOfBetrayedPartner" },
            title,
            body = "Both partners spoke about one evening this week and what would have helped.",
            occurredOn = app.Clock.GetCurrentInstant().InUtc().Date.PlusDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.True(written.StatusCode == HttpStatusCode.Created, await written.Content.ReadAsStringAsync());
        var itemId = (await written.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        await Sharing.SignAsync(app, dana, DemoAccounts.DanaHolt, "Holt", ["SupportOfBetrayedPartner"], ["SessionSummary"], "So Sam knows what we work on together");
        if (chrisSigns)
        {
            var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
            await Sharing.SignAsync(app, chris, DemoAccounts.ChrisHolt, "Holt", ["SupportOfBetrayedPartner"], ["SessionSummary"], "So Dana's therapist knows what we work on together");
        }

        return (holt, itemId);
    }

    private async Task RevokeEverythingOfChrisAsync(Guid holt)
    {
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        foreach (var authorization in await OwnAuthorizationsAsync(chris, holt))
        {
            await chris.PostAsync($"/api/cases/{holt}/authorizations/{authorization}/revoke", null);
        }
    }

    /// <summary>Chris's own active authorizations in the case, newest first.</summary>
    private static async Task<List<Guid>> OwnAuthorizationsAsync(HttpClient chris, Guid holt) =>
        (await chris.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/authorizations")).EnumerateArray()
            .Where(a => a.GetProperty("partner").GetString() == "InvolvedPartner" && a.GetProperty("isActive").GetBoolean())
            .Select(a => a.GetProperty("id").GetGuid())
            .ToList();

    private static async Task<List<string?>> CaseLabelsAsync(FourfoldAppFactory instance, string token)
    {
        var cases = await Bearer.GetAsync(instance, "/api/cases", token);
        Assert.Equal(HttpStatusCode.OK, cases.StatusCode);
        return (await cases.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(c => c.GetProperty("label").GetString()).ToList();
    }

    private static async Task<List<Guid>> TimelineIdsAsync(FourfoldAppFactory instance, Guid holt, string token)
    {
        var timeline = await Bearer.GetAsync(instance, $"/api/cases/{holt}/timeline?limit=100", token);
        Assert.Equal(HttpStatusCode.OK, timeline.StatusCode);
        return (await timeline.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
    }
}

public sealed class CaseViewFreshnessTestsOnSqlite(SqliteApp app) : CaseViewFreshnessTests(app), IClassFixture<SqliteApp>;

public sealed class CaseViewFreshnessTestsOnPostgres(PostgresApp app) : CaseViewFreshnessTests(app), IClassFixture<PostgresApp>;
