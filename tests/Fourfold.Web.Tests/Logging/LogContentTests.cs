using System.Collections.Concurrent;
using System.Net.Http.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Fourfold.Web.Tests.Logging;

/// <summary>Keeps every log line the app writes, at every level, with its exception.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
    }
}

public sealed class AppWithCapturedLogs : SqliteApp
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureMore(IWebHostBuilder builder) =>
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(Logs);
        });
}

public sealed class PostgresAppWithCapturedLogs : PostgresApp
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureMore(IWebHostBuilder builder) =>
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(Logs);
        });
}

public abstract class LogContentTests(FourfoldAppFactory app, LogCapture logs)
{
    [Fact]
    public async Task AJourneyThroughSharingAndTheStory_LeavesNoFreeTextOfTheSharedInformationInTheLogs()
    {
        const string purpose = "Because Dana asked about the hotel in March";
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var signed = await Sharing.SignAsync(app, dana, DemoAccounts.DanaHolt, "Holt", ["CouplesTherapist"], ["SessionSummary"], purpose);
        await dana.PostAsync($"/api/cases/{holt}/authorizations/{signed}/revoke", null);
        await dana.GetStringAsync($"/cases/{holt}/authorizations");
        await dana.GetStringAsync("/me/access-history");
        var written = await dana.PostAsJsonAsync($"/api/cases/{holt}/items", new
        {
            kind = "HistoryEntry",
            subject = "BetrayedPartner",
            audience = new[] { "CouplesTherapist" },
            title = "The weekend at the lake",
            body = "I found the second phone in the glovebox.",
            occurredOn = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        var itemId = (await written.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        await dana.PutAsJsonAsync($"/api/items/{itemId}", new { version = 1, audience = Array.Empty<string>(), title = "", body = "the glovebox again", occurredOn = "2999-01-01" });
        await dana.GetStringAsync($"/items/{itemId}");
        await dana.GetStringAsync($"/cases/{holt}/timeline");
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        await maya.GetStringAsync($"/cases/{holt}/timeline");
        await maya.GetStringAsync($"/api/items/{itemId}");
        await Personas.PasswordAsync(app.NewClient(), DemoAccounts.DanaHolt.Email, "a wrong password entirely");

        var everything = string.Join('\n', logs.Lines);
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain("hotel in March", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("to see these kinds of my information", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("glovebox", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("weekend at the lake", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("grounding skills", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(DemoAccount.Password, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("a wrong password entirely", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningInResettingInvitingAndCallingTheApi_LeavesNoSecretInTheLogs_NorAClientsNameBesideWhatTheyWrote()
    {
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var login = await app.NewClient().PostAsJsonAsync("/api/auth/login", new
        {
            email = DemoAccounts.MayaLee.Email,
            password = DemoAccount.Password,
            twoFactorCode = Personas.NextCode(app, DemoAccounts.MayaLee.AuthenticatorKey!),
        });
        var tokens = await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var accessToken = tokens.GetProperty("accessToken").GetString()!;
        var refreshToken = tokens.GetProperty("refreshToken").GetString()!;
        await Bearer.GetAsync(app, "/api/cases", accessToken);
        await app.NewClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
        var feed = await maya.PostAsync("/api/me/calendar-feed", null);
        var feedUrl = (await feed.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("url").GetString()!;
        await app.NewClient().GetAsync(new Uri(feedUrl).PathAndQuery);

        var user = await Accounts.CreateAsync(app, Domain.People.PersonKind.Client);
        await Forms.SubmitAsync(app.NewClient(), "/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email! });
        var reset = Mail.LinkTo(app, user.Email!, "/account/reset-password");
        await app.NewClient().GetAsync(reset);
        var resetToken = Uri.UnescapeDataString(reset[(reset.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..]);

        var reed = await Sharing.CaseIdAsync(app, "Reed");
        var invitee = $"invitee-{Guid.NewGuid():N}@accounts.test";
        await Forms.SubmitAsync(maya, $"/cases/{reed}/team", "invite", new Dictionary<string, string>
        {
            ["Input.Role"] = "SupportOfBetrayedPartner",
            ["Input.Name"] = "Noor Invited",
            ["Input.Email"] = invitee,
        });
        var invitation = Mail.LinkTo(app, invitee, "/invitations/");
        await app.NewClient().GetAsync(invitation);

        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        await HistoryEntries.WriteAsync(dana, holt, "What the counsellor said about the move", "Moving out for a month, as agreed.");
        await maya.GetStringAsync($"/cases/{holt}/timeline");

        var lines = logs.Lines.ToList();
        var everything = string.Join('\n', lines);
        Assert.NotEmpty(lines);
        foreach (var secret in new[]
                 {
                     accessToken, refreshToken, resetToken, new Uri(feedUrl).Segments[^1].Replace(".ics", "", StringComparison.Ordinal),
                     invitation["/invitations/".Length..], DemoAccounts.MayaLee.AuthenticatorKey!,
                     Convert.ToBase64String(FourfoldAppFactory.FirstEncryptionKey), app.Settings["Audit:Key"],
                 })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("counsellor said", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Moving out", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(lines, line => line.Contains("Dana", StringComparison.Ordinal) || line.Contains(DemoAccounts.DanaHolt.Email, StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class LogContentTestsOnSqlite(AppWithCapturedLogs app) : LogContentTests(app, app.Logs), IClassFixture<AppWithCapturedLogs>;

public sealed class LogContentTestsOnPostgres(PostgresAppWithCapturedLogs app) : LogContentTests(app, app.Logs), IClassFixture<PostgresAppWithCapturedLogs>;
