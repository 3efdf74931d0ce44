using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

public sealed class LogContentTests(AppWithCapturedLogs app) : IClassFixture<AppWithCapturedLogs>
{
    [Fact]
    public async Task AJourneyThroughSharing_LeavesNoFreeTextOfTheSharedInformationInTheLogs()
    {
        const string purpose = "Because Dana asked about the hotel in March";
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        Guid holt;
        using (var scope = app.Services.CreateScope())
        {
            holt = (await FourfoldAppFactory.SystemDb(scope).Cases.SingleAsync(c => c.Label == "Holt")).Id.Value;
        }

        var choices = new
        {
            recipientRoles = new[] { "CouplesTherapist" },
            categories = new[] { "SessionSummary" },
            purpose,
            lastDay = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        var preview = await (await dana.PostAsJsonAsync($"/api/cases/{holt}/authorizations/preview", choices)).Content.ReadFromJsonAsync<JsonElement>();
        var signed = await (await dana.PostAsJsonAsync($"/api/cases/{holt}/authorizations", new
        {
            choices.recipientRoles,
            choices.categories,
            choices.purpose,
            choices.lastDay,
            typedName = "Dana Holt",
            textHash = preview.GetProperty("textHash").GetString(),
        })).Content.ReadFromJsonAsync<JsonElement>();
        await dana.PostAsync($"/api/cases/{holt}/authorizations/{signed.GetProperty("id").GetGuid()}/revoke", null);
        await dana.GetStringAsync($"/cases/{holt}/authorizations");
        await dana.GetStringAsync("/me/access-history");
        await Personas.PasswordAsync(app.NewClient(), DemoAccounts.DanaHolt.Email, "a wrong password entirely");

        var everything = string.Join('\n', app.Logs.Lines);
        Assert.NotEmpty(app.Logs.Lines);
        Assert.DoesNotContain("hotel in March", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("allow these people to see", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(DemoAccount.Password, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("a wrong password entirely", everything, StringComparison.Ordinal);
    }
}
