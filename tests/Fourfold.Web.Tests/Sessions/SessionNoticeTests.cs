using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Sessions;

/// <summary>
/// Where a session happens reaches only those taking part; its emails greet by first name, say who made the change,
/// where or how to join and how to say one cannot come, and still name no kind of session and nobody else.
/// </summary>
public abstract class SessionNoticeTests(FourfoldAppFactory app)
{
    private const string Place = "Room 4, 120 Water Street";
    private const string Link = "https://video.example/j/8841?pwd=calm";

    [Fact]
    public async Task ABookingWithAPlaceAndLink_IsEmailedInPlainWords_AndShownOnlyToThoseTakingPart()
    {
        var (sam, holt, start) = await FreeSlotAsync();
        var refused = await sam.PostAsJsonAsync($"/api/cases/{holt}/sessions",
            new { kind = "Individual", partner = "BetrayedPartner", start, minutes = 50, place = "Room 4\nleft", videoLink = "http://video.example/j/1" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("place", out _));
        Assert.Contains("https://", errors.GetProperty("videoLink")[0].GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Mail.To(app, DemoAccounts.DanaHolt.Email), m => m.TextBody!.Contains("Room 4", StringComparison.Ordinal));

        var booked = await sam.PostAsJsonAsync($"/api/cases/{holt}/sessions",
            new { kind = "Individual", partner = "BetrayedPartner", start, minutes = 50, place = Place, videoLink = Link });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var email = Mail.To(app, DemoAccounts.DanaHolt.Email).Last(m => m.Subject == "A Fourfold session was booked for you").TextBody!;
        Assert.StartsWith("Hello Dana,", email, StringComparison.Ordinal);
        Assert.Contains("Sam Ortiz booked a session for you:", email, StringComparison.Ordinal);
        Assert.Contains($"Where: {Place}", email, StringComparison.Ordinal);
        Assert.Contains($"Or join by video: {Link}", email, StringComparison.Ordinal);
        Assert.Contains("If you cannot come, please tell Sam Ortiz as soon as you can", email, StringComparison.Ordinal);
        foreach (var word in new[] { "Individual", "individual", "coach", "Holt", "Avery", "recovery" })
        {
            Assert.DoesNotContain(word, email, StringComparison.Ordinal);
        }

        var own = Mail.To(app, DemoAccounts.SamOrtiz.Email).Last(m => m.Subject == "A Fourfold session was booked").TextBody!;
        Assert.StartsWith("Hello Sam,", own, StringComparison.Ordinal);
        Assert.Contains("You booked a session:", own, StringComparison.Ordinal);

        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var seen = (await dana.GetFromJsonAsync<JsonElement>("/api/me/sessions")).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal(Place, seen.GetProperty("place").GetString());
        Assert.Equal(Link, seen.GetProperty("videoLink").GetString());
        Assert.Contains(Place, await dana.GetStringAsync($"/cases/{holt}/sessions"), StringComparison.Ordinal);

        var priya = await app.SignedInAsync(DemoAccounts.PriyaNair);
        var forAdministrator = (await priya.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/sessions")).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal(JsonValueKind.Null, forAdministrator.GetProperty("place").ValueKind);
        Assert.Equal(JsonValueKind.Null, forAdministrator.GetProperty("videoLink").ValueKind);
        Assert.DoesNotContain(Place, await priya.GetStringAsync($"/cases/{holt}/sessions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingWhereItHappens_TellsEveryoneTakingPart_AndIsKeptEncrypted()
    {
        var (sam, holt, start) = await FreeSlotAsync(days: 24);
        var booked = await sam.PostAsJsonAsync($"/api/cases/{holt}/sessions", new { kind = "Individual", partner = "BetrayedPartner", start, minutes = 50 });
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Contains("Where: your care team will tell you.", Mail.To(app, DemoAccounts.DanaHolt.Email)[^1].TextBody, StringComparison.Ordinal);

        var bad = await sam.PutAsJsonAsync($"/api/sessions/{id}/venue", new { videoLink = "https://user:pw@video.example/" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var changed = await sam.PutAsJsonAsync($"/api/sessions/{id}/venue", new { place = "Room 9, 120 Water Street" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var email = Mail.To(app, DemoAccounts.DanaHolt.Email).Last(m => m.Subject == "Where your Fourfold session happens has changed").TextBody!;
        Assert.Contains("Sam Ortiz changed where your session of", email, StringComparison.Ordinal);
        Assert.Contains("Where: Room 9, 120 Water Street", email, StringComparison.Ordinal);
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        Assert.Equal(HttpStatusCode.NotFound, (await dana.PutAsJsonAsync($"/api/sessions/{id}/venue", new { place = "Somewhere else" })).StatusCode);
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var stored = await db.Sessions.Where(s => s.Id == Domain.Scheduling.SessionId.From(id)).Select(s => s.Place).SingleAsync();
        Assert.StartsWith("enc1:", stored, StringComparison.Ordinal);
        Assert.Equal("Room 9, 120 Water Street", (await db.Sessions.SingleAsync(s => s.Id == Domain.Scheduling.SessionId.From(id))).Place);
    }

    private async Task<(HttpClient Sam, Guid Holt, DateTimeOffset Start)> FreeSlotAsync(int days = 12)
    {
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var team = (await sam.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}")).GetProperty("team").EnumerateArray()
            .Where(m => m.GetProperty("personId").ValueKind == JsonValueKind.String)
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("personId").GetGuid());
        var from = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(days)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(days + 6)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var slots = await sam.GetFromJsonAsync<JsonElement>(
            $"/api/cases/{holt}/slots?participants={team[DemoAccounts.SamOrtiz.DisplayName]},{team[DemoAccounts.DanaHolt.DisplayName]}&from={from}&to={to}&minutes=50");
        return (sam, holt, slots.GetProperty("slots")[0].GetProperty("start").GetDateTimeOffset());
    }
}

public sealed class SessionNoticeTestsOnSqlite(SqliteApp app) : SessionNoticeTests(app), IClassFixture<SqliteApp>;

public sealed class SessionNoticeTestsOnPostgres(PostgresApp app) : SessionNoticeTests(app), IClassFixture<PostgresApp>;
