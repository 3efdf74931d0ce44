using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Features.Sessions;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fourfold.Web.Tests.Sessions;

public abstract class SessionsApiTests(FourfoldAppFactory app)
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public async Task TheCouplesTherapist_FindsAFourPersonSlotAcrossZones_BooksIt_AndEachParticipantSeesItInTheirOwnTime()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var team = await TeamAsync(maya, holt);
        var from = Today().PlusDays(14);

        var found = await maya.GetFromJsonAsync<JsonElement>(
            $"/api/cases/{holt}/slots?participants={string.Join(',', team.Values)}&from={Iso(from)}&to={Iso(from.PlusDays(6))}&minutes=60");

        var slots = found.GetProperty("slots").EnumerateArray().ToList();
        Assert.NotEmpty(slots);
        foreach (var slot in slots)
        {
            var local = Instant.FromDateTimeOffset(slot.GetProperty("start").GetDateTimeOffset()).InZone(NewYork);
            Assert.InRange(local.TimeOfDay, new LocalTime(12, 0), new LocalTime(13, 0));
            Assert.True(local.DayOfWeek is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Thursday);
            var alex = slot.GetProperty("local").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "Dr. Alex Kim").GetProperty("time").GetString();
            Assert.EndsWith(local.TimeOfDay.PlusHours(-3).ToString("HH:mm", CultureInfo.InvariantCulture), alex, StringComparison.Ordinal);
        }

        var start = slots[0].GetProperty("start").GetDateTimeOffset();
        var booked = await maya.PostAsJsonAsync($"/api/cases/{holt}/sessions", new { kind = "FourPerson", start, minutes = 60 });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var alexKim = await app.SignedInAsync(DemoAccounts.AlexKim);
        var mine = (await alexKim.GetFromJsonAsync<JsonElement>("/api/me/sessions")).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id);
        var losAngeles = Instant.FromDateTimeOffset(start).InZone(DateTimeZoneProviders.Tzdb["America/Los_Angeles"]);
        Assert.Contains(losAngeles.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture), mine.GetProperty("when").GetString(), StringComparison.Ordinal);
        var newYork = Instant.FromDateTimeOffset(start).InZone(NewYork).TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
        Assert.Equal([$"{newYork} for Dana Holt, Chris Holt, Sam Ortiz and Dr. Maya Lee in New York"], mine.GetProperty("othersLocalTimes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(5, mine.GetProperty("participants").GetArrayLength());

        var notice = Mail.To(app, DemoAccounts.AlexKim.Email).Last(m => m.Subject == "A Fourfold session was booked for you");
        Assert.Contains(losAngeles.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture), notice.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Four-person", notice.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Holt", notice.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABookingThePolicyGateRefuses_SaysWhy_AndSavesNothing()
    {
        var reed = await Sharing.CaseIdAsync(app, "Reed");
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);

        var refused = await maya.PostAsJsonAsync($"/api/cases/{reed}/sessions", new { kind = "Couple", start = NextWeekday(10, 13), minutes = 60 });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var reason = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("kind")[0].GetString();
        Assert.Equal("Waiting for both partners to acknowledge the couples therapist's policies.", reason);
        Assert.Empty((await maya.GetFromJsonAsync<JsonElement>($"/api/cases/{reed}/sessions")).EnumerateArray());
    }

    [Fact]
    public async Task TwoConcurrentBookingsOfOverlappingTimeForTheSameProfessional_InTwoCases_ExactlyOneSucceeds()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var park = await Sharing.CaseIdAsync(app, "Park");
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var other = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var start = NextWeekday(16, 15);

        var answers = await Task.WhenAll(
            sam.PostAsJsonAsync($"/api/cases/{holt}/sessions", new { kind = "Individual", partner = "BetrayedPartner", start, minutes = 50 }),
            other.PostAsJsonAsync($"/api/cases/{park}/sessions", new { kind = "Individual", partner = "InvolvedPartner", start = start.AddMinutes(30), minutes = 50 }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.Single(answers, a => a.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict);
        using var scope = app.Services.CreateScope();
        var booked = await FourfoldAppFactory.SystemDb(scope).Sessions.CountAsync(s => s.Start >= Instant.FromDateTimeOffset(start) && s.Start <= Instant.FromDateTimeOffset(start.AddMinutes(30)));
        Assert.Equal(1, booked);
    }

    [Fact]
    public async Task APartnersIndividualSession_IsTheirsAndTheirSupports_NotTheOtherPartners_AndOutsidersGetNotFound()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var booked = await sam.PostAsJsonAsync($"/api/cases/{holt}/sessions", new { kind = "Individual", partner = "BetrayedPartner", start = NextWeekday(23, 11), minutes = 50 });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var riley = await app.SignedInAsync(DemoAccounts.RileyPark);
        Assert.Contains((await dana.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/sessions")).EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain((await chris.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/sessions")).EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await riley.GetAsync($"/api/cases/{holt}/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await chris.PostAsync($"/api/sessions/{id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await riley.PostAsJsonAsync($"/api/cases/{holt}/sessions", new { kind = "Couple", start = NextWeekday(23, 12), minutes = 60 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await dana.PostAsJsonAsync($"/api/cases/{holt}/sessions", new { kind = "Couple", start = NextWeekday(23, 12), minutes = 60 })).StatusCode);

        // Free time shows where others are busy: partners do not ask for it.
        Assert.Equal(HttpStatusCode.NotFound, (await dana.GetAsync($"/api/cases/{holt}/slots?minutes=60")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync($"/api/cases/{holt}/slots?minutes=60")).StatusCode);
    }

    [Fact]
    public async Task Cancelling_TellsEveryone_AndFreesTheTime_AndTheReminderGoesOutOnce()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var soon = app.Clock.GetCurrentInstant() + Duration.FromHours(20);
        var start = soon.ToDateTimeOffset().AddSeconds(-soon.ToDateTimeOffset().Second);
        var booked = await sam.PostAsJsonAsync($"/api/cases/{holt}/sessions", new { kind = "Individual", partner = "BetrayedPartner", start, minutes = 50 });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.True(await RemindAsync() >= 1);
        Assert.Equal(0, await RemindAsync());
        Assert.Single(Mail.To(app, DemoAccounts.DanaHolt.Email), m => m.Subject == "Reminder: your Fourfold session" && m.TextBody!.Contains(SessionTimes.Span(Instant.FromDateTimeOffset(start), Instant.FromDateTimeOffset(start.AddMinutes(50)), "America/New_York"), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await sam.PostAsync($"/api/sessions/{id}/cancel", null)).StatusCode);
        Assert.Contains(Mail.To(app, DemoAccounts.DanaHolt.Email), m => m.Subject == "Your Fourfold session was cancelled");
        Assert.Equal(HttpStatusCode.BadRequest, (await sam.PostAsync($"/api/sessions/{id}/cancel", null)).StatusCode);
        var again = await sam.PostAsJsonAsync($"/api/cases/{holt}/sessions", new { kind = "Individual", partner = "BetrayedPartner", start, minutes = 50 });
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await sam.PostAsJsonAsync($"/api/sessions/{id}/attendance", new Dictionary<Guid, string>())).StatusCode);
    }

    [Fact]
    public async Task Moving_TellsEveryoneTheNewTime_FreesTheOldOne_AndNeverLandsOnABusyTime()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var first = NextWeekday(40, 11);
        var later = first.AddHours(4);
        var booked = await sam.PostAsJsonAsync($"/api/cases/{holt}/sessions", new { kind = "Individual", partner = "BetrayedPartner", start = first, minutes = 50 });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await dana.PutAsJsonAsync($"/api/sessions/{id}", new { start = later, minutes = 50 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sam.PutAsJsonAsync($"/api/sessions/{id}", new { start = later, minutes = 50 })).StatusCode);

        var seenByDana = (await dana.GetFromJsonAsync<JsonElement>("/api/me/sessions")).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal(later, seenByDana.GetProperty("start").GetDateTimeOffset());
        Assert.Contains(Mail.To(app, DemoAccounts.DanaHolt.Email), m => m.Subject == "Your Fourfold session has moved"
            && m.TextBody!.Contains(SessionTimes.Span(Instant.FromDateTimeOffset(later), Instant.FromDateTimeOffset(later.AddMinutes(50)), "America/New_York"), StringComparison.Ordinal));
        var inTheOldTime = await sam.PostAsJsonAsync($"/api/cases/{holt}/sessions", new { kind = "Individual", partner = "BetrayedPartner", start = first, minutes = 50 });
        Assert.Equal(HttpStatusCode.Created, inTheOldTime.StatusCode);

        var ontoTheOther = await sam.PutAsJsonAsync($"/api/sessions/{id}", new { start = first.AddMinutes(30), minutes = 50 });
        Assert.Equal(HttpStatusCode.BadRequest, ontoTheOther.StatusCode);
        seenByDana = (await dana.GetFromJsonAsync<JsonElement>("/api/me/sessions")).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal(later, seenByDana.GetProperty("start").GetDateTimeOffset());
    }

    [Fact]
    public async Task ExtraHoursOnADate_AreKeptInOnesOwnZone_AndABadEntryIsNamed()
    {
        var jordan = await app.SignedInAsync(DemoAccounts.JordanBlake);
        var mine = await jordan.GetFromJsonAsync<JsonElement>("/api/me/availability");
        var date = Iso(Today().PlusDays(20));
        var request = new
        {
            weekly = mine.GetProperty("weekly"),
            daysOff = new[] { Iso(Today().PlusDays(21)) },
            bufferMinutes = 10,
            extraHours = new[] { new { date, start = "18:00", end = "20:30" } },
        };

        var saved = await jordan.PutAsJsonAsync("/api/me/availability", request);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var extra = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("extraHours").EnumerateArray().Single();
        Assert.Equal((date, "18:00", "20:30"), (extra.GetProperty("date").GetString(), extra.GetProperty("start").GetString(), extra.GetProperty("end").GetString()));

        var bad = await jordan.PutAsJsonAsync("/api/me/availability", request with { extraHours = new[] { new { date, start = "21:00", end = "20:30" } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("extraHours", out _));

        var withoutExtra = await jordan.PutAsJsonAsync("/api/me/availability", new { weekly = mine.GetProperty("weekly"), bufferMinutes = 10 });
        Assert.Single((await withoutExtra.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("extraHours").EnumerateArray());

        var untilMidnight = await jordan.PutAsJsonAsync("/api/me/availability", request with { extraHours = new[] { new { date, start = "20:00", end = "24:00" } } });
        var evening = (await untilMidnight.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("extraHours").EnumerateArray().Single();
        Assert.Equal(("20:00", "24:00"), (evening.GetProperty("start").GetString(), evening.GetProperty("end").GetString()));

        var tooFar = await jordan.PutAsJsonAsync("/api/me/availability", request with { extraHours = new[] { new { date = Iso(Today().PlusDays(400)), start = "18:00", end = "20:30" } } });
        Assert.True((await tooFar.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("extraHours", out _));
        var badBuffer = await jordan.PutAsJsonAsync("/api/me/availability", request with { bufferMinutes = 500 });
        Assert.True((await badBuffer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("bufferMinutes", out _));
    }

    [Fact]
    public async Task PastSessionsComeLatestFirst_AndSessionsToComeSoonestFirst()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);

        var past = (await maya.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/sessions?past=true")).EnumerateArray().Select(s => s.GetProperty("start").GetDateTimeOffset()).ToList();
        var coming = (await maya.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/sessions")).EnumerateArray().Select(s => s.GetProperty("start").GetDateTimeOffset()).ToList();

        Assert.True(past.Count >= 3);
        Assert.Equal(past.OrderDescending(), past);
        Assert.NotEmpty(coming);
        Assert.Equal(coming.Order(), coming);
    }

    [Fact]
    public async Task BadInput_IsRefusedFieldByField()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);

        var response = await maya.PostAsJsonAsync($"/api/cases/{holt}/sessions", new { kind = "IndividualWithCouplesTherapist", start = DateTimeOffset.UtcNow.AddDays(-1), minutes = 7 });
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("which partner", errors.GetProperty("partner")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("15 to 240", errors.GetProperty("minutes")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("has not passed", errors.GetProperty("start")[0].GetString(), StringComparison.Ordinal);
        var slots = await maya.GetAsync($"/api/cases/{holt}/slots?participants=not-an-id&minutes=60");
        Assert.Equal(HttpStatusCode.BadRequest, slots.StatusCode);
        var past = await maya.GetAsync($"/api/cases/{holt}/slots?from=2020-01-01&to=2020-01-05&minutes=60");
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await maya.GetAsync($"/api/cases/{holt}/slots?from=9999-12-25&to=9999-12-31&minutes=60")).StatusCode);
    }

    [Fact]
    public async Task APartnersCalendarFeed_HoldsTheirSessionsWithoutClinicalDetail_AndANewAddressRetiresTheOld()
    {
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var first = (await (await dana.PostAsync("/api/me/calendar-feed", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        var anonymous = app.NewClient();

        var response = await anonymous.GetAsync(new Uri(first).PathAndQuery);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Ical.Net.Calendar.Load(text)!;
        var mine = (await dana.GetFromJsonAsync<JsonElement>("/api/me/sessions")).EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToHashSet();
        Assert.NotEmpty(mine);
        Assert.Equal(mine, calendar.Events.Select(e => Guid.Parse(e.Uid!.Split('@')[0])).ToHashSet());
        Assert.All(calendar.Events, e => Assert.Equal("Fourfold session", e.Summary));
        foreach (var detail in new[] { "Holt", "Maya", "Sam", "Chris", "Four-person", "Couple", "therapist" })
        {
            Assert.DoesNotContain(detail, text, StringComparison.OrdinalIgnoreCase);
        }

        await dana.PostAsync("/api/me/calendar-feed", null);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(first).PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/not-a-secret.ics")).StatusCode);
    }

    [Fact]
    public async Task ACalendarFeed_StopsWhileItsAccountIsLockedOutOrTurnedOff_AndComesBackWithIt()
    {
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var feed = new Uri((await (await chris.PostAsync("/api/me/calendar-feed", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!).PathAndQuery;
        var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(feed)).StatusCode);

        await SetAccountAsync(DemoAccounts.ChrisHolt.Email, app.Clock.GetCurrentInstant().ToDateTimeOffset().AddHours(1), null);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(feed)).StatusCode);
        await SetAccountAsync(DemoAccounts.ChrisHolt.Email, null, app.Clock.GetCurrentInstant());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(feed)).StatusCode);
        await SetAccountAsync(DemoAccounts.ChrisHolt.Email, null, null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(feed)).StatusCode);
    }

    private async Task SetAccountAsync(string email, DateTimeOffset? lockedOutUntil, Instant? disabledAt)
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var user = await db.Users.SingleAsync(u => u.Email == email);
        user.LockoutEnd = lockedOutUntil;
        user.DisabledAt = disabledAt;
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task APartnerAnswersAfterAJointSession_OnlyTheCouplesTherapistSeesBothPartnersTrends_AndTheDriftIsFlagged()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var start = app.Clock.GetCurrentInstant().ToDateTimeOffset().AddMinutes(90);
        var booked = await maya.PostAsJsonAsync($"/api/cases/{holt}/sessions", new { kind = "Couple", start, minutes = 60 });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var answer = new { feltHeard = 3, enoughTime = 4, workedOnWhatMattered = 2 };

        Assert.Equal(HttpStatusCode.BadRequest, (await dana.PostAsJsonAsync($"/api/sessions/{id}/balance", answer)).StatusCode);
        app.Clock.Advance(Duration.FromHours(3));
        // Three hours on, every earlier sign-in has ended for being left idle: each person signs in again.
        Assert.Equal(HttpStatusCode.Unauthorized, (await dana.PostAsJsonAsync($"/api/sessions/{id}/balance", answer)).StatusCode);
        dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        chris = await app.SignedInAsync(DemoAccounts.ChrisHolt);
        sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        Assert.Equal(HttpStatusCode.Created, (await dana.PostAsJsonAsync($"/api/sessions/{id}/balance", answer)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await dana.PostAsJsonAsync($"/api/sessions/{id}/balance", answer)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await chris.PostAsJsonAsync($"/api/sessions/{id}/balance", new { feltHeard = 11, enoughTime = 4, workedOnWhatMattered = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.PostAsJsonAsync($"/api/sessions/{id}/balance", answer)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await chris.PostAsJsonAsync($"/api/sessions/{id}/balance", new { feltHeard = 5 })).StatusCode);

        var trend = await maya.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/balance");
        Assert.Equal(4, trend.GetProperty("betrayedPartner").GetArrayLength());
        Assert.Equal(3, trend.GetProperty("involvedPartner").GetArrayLength());
        Assert.True(trend.GetProperty("scoresDrifting").GetBoolean());
        Assert.Equal(2.0, trend.GetProperty("thresholds").GetProperty("gap").GetDouble());
        var asChris = await chris.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/balance");
        Assert.Equal(0, asChris.GetProperty("betrayedPartner").GetArrayLength());
        Assert.Equal(3, asChris.GetProperty("involvedPartner").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, asChris.GetProperty("individualSessions").ValueKind);
        Assert.Equal(JsonValueKind.Object, trend.GetProperty("individualSessions").ValueKind);
        var asSam = await sam.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/balance");
        Assert.Equal(0, asSam.GetProperty("betrayedPartner").GetArrayLength() + asSam.GetProperty("involvedPartner").GetArrayLength());
    }

    private async Task<int> RemindAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SessionReminderJob>().RunAsync(CancellationToken.None);
    }

    private static async Task<Dictionary<string, Guid>> TeamAsync(HttpClient client, Guid caseId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}")).GetProperty("team").EnumerateArray()
            .Where(m => m.GetProperty("personId").ValueKind == JsonValueKind.String && m.GetProperty("status").GetString() == "Active")
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("personId").GetGuid());

    private LocalDate Today() => app.Clock.GetCurrentInstant().InZone(NewYork).Date;

    /// <summary>A Monday to Thursday at least <paramref name="days"/> on, at <paramref name="hour"/>:00 in New York.</summary>
    private DateTimeOffset NextWeekday(int days, int hour)
    {
        var date = Today().PlusDays(days);
        while (date.DayOfWeek is IsoDayOfWeek.Friday or IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            date = date.PlusDays(1);
        }

        return date.At(new LocalTime(hour, 0)).InZoneLeniently(NewYork).ToDateTimeOffset();
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class SessionsApiTestsOnSqlite(SqliteApp app) : SessionsApiTests(app), IClassFixture<SqliteApp>;

public sealed class SessionsApiTestsOnPostgres(PostgresApp app) : SessionsApiTests(app), IClassFixture<PostgresApp>;
