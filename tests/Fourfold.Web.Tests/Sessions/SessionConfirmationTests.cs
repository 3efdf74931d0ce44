using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fourfold.Web.Tests.Sessions;

/// <summary>
/// Nothing destructive in one press: cancelling a session, and booking a time less than a day away, each ask first
/// and say who will be told; the session is unchanged until the confirmation is sent.
/// </summary>
public abstract partial class SessionConfirmationTests(FourfoldAppFactory app)
{
    private static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];

    [Fact]
    public async Task ATimeLessThanADayAway_IsBookedOnlyAfterAConfirmationNamingWhoIsTold_AndCancellingAsksToo()
    {
        var jordan = await app.SignedInAsync(DemoAccounts.JordanBlake);
        await OpenAllDayAsync(jordan);
        // Riley's own weekly hours would otherwise decide, by the weekday and hour the test runs, whether any time
        // less than a day away is free for both.
        await OpenAllDayAsync(await app.SignedInAsync(DemoAccounts.RileyPark));
        var park = await Sharing.CaseIdAsync(app, "Park");
        var today = app.Clock.GetCurrentInstant().InZone(Chicago).Date;
        var search = $"/cases/{park}/sessions?kind=Individual&partner=BetrayedPartner&minutes=60&from={Iso(today)}&to={Iso(today.PlusDays(2))}";
        var now = app.Clock.GetCurrentInstant();

        var results = await jordan.GetStringAsync(search);
        var slots = BookForms().Matches(results).Select(m => Instant.FromUnixTimeSeconds(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.Contains(slots, slot => slot - now >= Duration.FromHours(24));
        var soon = slots.First(slot => slot - now < Duration.FromHours(24));

        var asked = await Forms.SubmitAsync(jordan, search, $"book-{soon.ToUnixTimeSeconds()}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var confirmPage = asked.RedirectPath()!.Split('#')[0];
        Assert.EndsWith($"&confirm={soon.ToUnixTimeSeconds()}", confirmPage, StringComparison.Ordinal);
        Assert.Equal(0, await SessionsAtAsync(soon));

        var confirmation = await jordan.GetStringAsync(confirmPage);
        Assert.Contains("in less than a day?", confirmation, StringComparison.Ordinal);
        Assert.Contains("Everyone taking part is told by email: Riley Park and you.", confirmation, StringComparison.Ordinal);
        Assert.Equal(0, await SessionsAtAsync(soon));

        var booked = await Forms.SubmitAsync(jordan, confirmPage, $"confirmed-book-{soon.ToUnixTimeSeconds()}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        Assert.Equal(1, await SessionsAtAsync(soon));

        var list = await jordan.GetStringAsync($"/cases/{park}/sessions");
        Assert.DoesNotMatch(CancelForms(), list);
        var sessionId = await SessionIdAtAsync(soon);
        var cancelPage = WebUtility.HtmlDecode(CancelLinks().Matches(list).Select(m => m.Groups[1].Value).First(link => link.Contains(sessionId, StringComparison.Ordinal)));
        var asking = await jordan.GetStringAsync(cancelPage);
        Assert.Contains("Cancel this session?", asking, StringComparison.Ordinal);
        Assert.Contains("Everyone taking part is told by email: Riley Park and you.", asking, StringComparison.Ordinal);
        Assert.Equal(1, await SessionsAtAsync(soon));

        var cancelled = await Forms.SubmitAsync(jordan, cancelPage, CancelForms().Match(asking).Groups[1].Value, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(0, await SessionsAtAsync(soon));
    }

    /// <summary>Extra hours from midnight to midnight today and the next two days, so that there are free times within a day whatever the hour.</summary>
    private async Task OpenAllDayAsync(HttpClient professional)
    {
        var mine = await professional.GetFromJsonAsync<JsonElement>("/api/me/availability");
        var today = app.Clock.GetCurrentInstant().InZone(Chicago).Date;
        var saved = await professional.PutAsJsonAsync("/api/me/availability", new
        {
            weekly = mine.GetProperty("weekly"),
            bufferMinutes = 10,
            extraHours = Enumerable.Range(0, 3).Select(d => new { date = Iso(today.PlusDays(d)), start = "00:00", end = "24:00" }).ToArray(),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    private async Task<int> SessionsAtAsync(Instant start)
    {
        using var scope = app.Services.CreateScope();
        return (await FourfoldAppFactory.SystemDb(scope).Sessions.AsNoTracking().ToListAsync()).Count(s => s.Start == start && s.IsBooked);
    }

    private async Task<string> SessionIdAtAsync(Instant start)
    {
        using var scope = app.Services.CreateScope();
        return (await FourfoldAppFactory.SystemDb(scope).Sessions.AsNoTracking().ToListAsync()).Single(s => s.Start == start && s.IsBooked).Id.ToString();
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"_handler\" value=\"book-(\\d+)\"")]
    private static partial Regex BookForms();

    [GeneratedRegex("name=\"_handler\" value=\"(cancel-[^\"]+)\"")]
    private static partial Regex CancelForms();

    [GeneratedRegex("href=\"([^\"]*\\?cancel=[^\"#]+)")]
    private static partial Regex CancelLinks();
}

public sealed class SessionConfirmationTestsOnSqlite(SqliteApp app) : SessionConfirmationTests(app), IClassFixture<SqliteApp>;

public sealed class SessionConfirmationTestsOnPostgres(PostgresApp app) : SessionConfirmationTests(app), IClassFixture<PostgresApp>;
