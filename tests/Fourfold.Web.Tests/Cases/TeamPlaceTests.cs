using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Domain.Cases;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Cases;

/// <summary>
/// The couples therapist or the practice's administrator ends someone's place on a case team, with the reason: their
/// access and every sign-in end at once, the change is audited, and a partner's place is not taken by another partner.
/// </summary>
public abstract class TeamPlaceTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task TheCouplesTherapist_EndsAProfessionalsPlace_WhoseAccessAndSignInsEndAtOnce()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var alex = await app.SignedInAsync(DemoAccounts.AlexKim);
        var alexToken = await BearerTokenAsync(DemoAccounts.AlexKim);
        Assert.Equal(HttpStatusCode.OK, (await alex.GetAsync($"/cases/{holt}")).StatusCode);
        var place = await MembershipAsync(holt, DemoAccounts.AlexKim.Email);
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);

        var withoutReason = await maya.PostAsJsonAsync($"/api/cases/{holt}/members/{place}/end", new { reason = "  " });
        var bySupport = await sam.PostAsJsonAsync($"/api/cases/{holt}/members/{place}/end", new { reason = "Moving on" });
        var byPartner = await dana.PostAsJsonAsync($"/api/cases/{holt}/members/{place}/end", new { reason = "Moving on" });
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("\"reason\"", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bySupport.StatusCode);
        Assert.Contains("Only the couples therapist or the practice's administrator", await bySupport.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byPartner.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await alex.GetAsync($"/cases/{holt}")).StatusCode);
        var coupleStart = app.Clock.GetCurrentInstant().ToDateTimeOffset().AddMinutes(90);
        var coupleBooking = await maya.PostAsJsonAsync($"/api/cases/{holt}/sessions", new { kind = "Couple", start = coupleStart, minutes = 60 });
        Assert.Equal(HttpStatusCode.Created, coupleBooking.StatusCode);
        var withoutAlex = (await coupleBooking.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var withAlex = await UpcomingSessionsOfAsync(holt, DemoAccounts.AlexKim.Email);
        Assert.NotEmpty(withAlex);
        var cancellationsBefore = Mail.To(app, DemoAccounts.DanaHolt.Email).Count(m => m.Subject == "Your Fourfold session was cancelled");
        var feed = new Uri((await (await alex.PostAsync("/api/me/calendar-feed", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!).PathAndQuery;
        var anonymous = app.NewClient();
        var readsBeforeTheFeed = await ReadEventsOfAsync(DemoAccounts.AlexKim.Email, holt);
        Assert.Superset(withAlex.ToHashSet(), (await FeedSessionsAsync(anonymous, feed)).ToHashSet());
        Assert.Equal(readsBeforeTheFeed + 1, await ReadEventsOfAsync(DemoAccounts.AlexKim.Email, holt));

        var ended = await maya.PostAsJsonAsync($"/api/cases/{holt}/members/{place}/end", new { reason = "Chris chose another therapist." });

        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.StartsWith("/account/login", (await alex.GetAsync($"/cases/{holt}")).RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithBearerAsync($"/api/cases/{holt}", alexToken)).StatusCode);
        var alexAgain = await app.SignedInAsync(DemoAccounts.AlexKim);
        Assert.Equal(HttpStatusCode.NotFound, (await alexAgain.GetAsync($"/cases/{holt}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await alexAgain.GetAsync($"/api/cases/{holt}/timeline")).StatusCode);
        var team = (await maya.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}")).GetRawText();
        Assert.DoesNotContain("Alex Kim", team, StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var membership = await db.CaseMemberships.SingleAsync(m => m.Id == place);
        Assert.Equal(MembershipStatus.Left, membership.Status);
        Assert.Equal("Chris chose another therapist.", membership.EndReason);
        Assert.NotNull(membership.LeftAt);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "TeamPlaceEnded" && e.AuditedCaseId == holt && e.ItemId == place && e.Outcome == "Succeeded"));

        Assert.All(await db.Sessions.Where(s => withAlex.Select(Domain.Scheduling.SessionId.From).ToList().Contains(s.Id)).ToListAsync(), session => Assert.Equal(Domain.Scheduling.SessionStatus.Cancelled, session.Status));
        Assert.Equal(Domain.Scheduling.SessionStatus.Booked, (await db.Sessions.SingleAsync(s => s.Id == Domain.Scheduling.SessionId.From(withoutAlex))).Status);
        var cancelledEvents = await db.AuditEvents.Where(e => e.Action == "SessionCancelled" && e.AuditedCaseId == holt).Select(e => e.ItemId).ToListAsync();
        Assert.All(withAlex, id => Assert.Contains(id, cancelledEvents));
        Assert.Equal(cancellationsBefore + withAlex.Count, Mail.To(app, DemoAccounts.DanaHolt.Email).Count(m => m.Subject == "Your Fourfold session was cancelled"));
        Assert.Contains(Mail.To(app, DemoAccounts.AlexKim.Email), m => m.Subject == "Your Fourfold session was cancelled");

        // His calendar feed reaches the cases he is on now, as his sign-in would: nothing of Holt's any more.
        var readsBefore = await ReadEventsOfAsync(DemoAccounts.AlexKim.Email, holt);
        Assert.Empty(await FeedSessionsAsync(anonymous, feed));
        Assert.Equal(readsBefore, await ReadEventsOfAsync(DemoAccounts.AlexKim.Email, holt));
    }

    private static async Task<List<Guid>> FeedSessionsAsync(HttpClient client, string feed)
    {
        var response = await client.GetAsync(feed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!.Events.Select(e => Guid.Parse(e.Uid!.Split('@')[0])).ToList();
    }

    private async Task<int> ReadEventsOfAsync(string email, Guid caseGuid)
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var person = (await db.Users.SingleAsync(u => u.Email == email)).Id;
        return await db.AuditEvents.CountAsync(e => e.ActorId == person && e.AuditedCaseId == caseGuid && e.Action == "ReadItems");
    }

    private async Task<List<Guid>> UpcomingSessionsOfAsync(Guid caseGuid, string email)
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var person = Domain.People.PersonId.From((await db.Users.SingleAsync(u => u.Email == email)).Id);
        var now = app.Clock.GetCurrentInstant();
        var caseId = CaseId.From(caseGuid);
        return (await db.Sessions.Where(s => s.CaseId == caseId && s.Status == Domain.Scheduling.SessionStatus.Booked && s.Start > now).ToListAsync())
            .Where(s => s.Includes(person))
            .Select(s => s.Id.Value)
            .ToList();
    }

    [Fact]
    public async Task TheAdministrator_EndsAPartnersPlaceFromTheTeamPage_AndNoOtherPartnerTakesIt()
    {
        var reed = await Sharing.CaseIdAsync(app, "Reed");
        var place = await MembershipAsync(reed, DemoAccounts.CaseyReed.Email);
        var casey = await app.SignedInAsync(DemoAccounts.CaseyReed);
        Assert.Equal(HttpStatusCode.OK, (await casey.GetAsync($"/cases/{reed}")).StatusCode);
        var priya = await app.SignedInAsync(DemoAccounts.PriyaNair);
        var teamPage = $"/cases/{reed}/team";
        Assert.Contains("End Casey Reed&#x27;s place", await priya.GetStringAsync(teamPage), StringComparison.Ordinal);

        var ended = await (await Forms.SubmitAsync(priya, teamPage, $"end-{place}", new Dictionary<string, string> { ["EndReason"] = "The couple separated." })).Content.ReadAsStringAsync();

        Assert.Contains("place on the team has ended", ended, StringComparison.Ordinal);
        Assert.DoesNotContain("End Casey Reed", ended, StringComparison.Ordinal);
        Assert.StartsWith("/account/login", (await casey.GetAsync($"/cases/{reed}")).RedirectPath(), StringComparison.Ordinal);
        var caseyAgain = await app.SignedInAsync(DemoAccounts.CaseyReed);
        Assert.Equal(HttpStatusCode.NotFound, (await caseyAgain.GetAsync($"/cases/{reed}")).StatusCode);
        var again = await (await Forms.SubmitAsync(priya, teamPage, "invite", new Dictionary<string, string>
        {
            ["Input.Role"] = nameof(CaseRole.InvolvedPartner),
            ["Input.Name"] = "Someone Else",
            ["Input.Email"] = "someone.else@example.com",
        })).Content.ReadAsStringAsync();
        Assert.Contains("has left it, and another partner cannot take that place", again, StringComparison.Ordinal);
    }

    private async Task<Guid> MembershipAsync(Guid caseId, string email)
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var person = (await db.Users.SingleAsync(u => u.Email == email)).PersonId;
        var id = CaseId.From(caseId);
        return await db.CaseMemberships.Where(m => m.CaseId == id && m.PersonId == person && m.Status == MembershipStatus.Active).Select(m => m.Id).SingleAsync();
    }

    private Task<string> BearerTokenAsync(DemoAccount account) =>
        Bearer.TokenAsync(app, account.Email, Personas.NextCode(app, account.AuthenticatorKey!));

    private Task<HttpResponseMessage> GetWithBearerAsync(string path, string token) => Bearer.GetAsync(app, path, token);
}

public sealed class TeamPlaceTestsOnSqlite(SqliteApp app) : TeamPlaceTests(app), IClassFixture<SqliteApp>;

public sealed class TeamPlaceTestsOnPostgres(PostgresApp app) : TeamPlaceTests(app), IClassFixture<PostgresApp>;
