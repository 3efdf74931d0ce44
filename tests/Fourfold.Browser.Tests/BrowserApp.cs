using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

/// <summary>
/// The app on real Kestrel (a free port on 127.0.0.1, a fresh SQLite file with the demo data) and one headless
/// Debian Chromium driven by Playwright, shared by the browser tests.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly string workDirectory = Path.Combine(Path.GetTempPath(), "fourfold-browser", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;
    private readonly System.Collections.Concurrent.ConcurrentQueue<IPage> openedPages = new();

    public IBrowser? Browser { get; private set; }

    public Uri BaseAddress { get; private set; } = null!;

    public string MailDirectory => Path.Combine(workDirectory, "mail");

    public static string OutputDirectory { get; } = Environment.GetEnvironmentVariable("FOURFOLD_SCREENSHOTS")
        ?? Path.Combine(RepositoryRoot(), "artifacts", "test-results", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(workDirectory);
        Directory.CreateDirectory(OutputDirectory);
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Fourfold", $"Data Source={Path.Combine(workDirectory, "fourfold.db")}");
            builder.UseSetting("Email:PickupDirectory", MailDirectory);
            builder.UseSetting("Audit:AnchorFile", Path.Combine(workDirectory, "audit-anchor.log"));
            builder.UseSetting("SignIn:AttemptsPerMinute", "1000");
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("FOURFOLD_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic",
            ],
        });
    }

    /// <summary>
    /// The same app named "localhost": a passkey is bound to a domain name, and WebAuthn refuses an address such as
    /// 127.0.0.1.
    /// </summary>
    public Uri LocalhostAddress => new UriBuilder(BaseAddress) { Host = "localhost" }.Uri;

    /// <summary>A fresh browser session under the app's real headers, watched by <see cref="PageChecks"/>.</summary>
    public async Task<IPage> NewPageAsync(int width = PageChecks.DesktopWidth, int height = 900, Uri? baseAddress = null)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (baseAddress ?? BaseAddress).ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            TimezoneId = "America/New_York",
        });
        var page = await context.NewPageAsync();
        PageChecks.Watch(page);
        openedPages.Enqueue(page);
        return page;
    }

    /// <summary>
    /// Fails on any page opened since the last call that did not load as served, and closes them all: a test's last
    /// step, so that a page visited between checks is held to them too.
    /// </summary>
    public async Task CloseAndAssertPagesAsync()
    {
        var pages = new List<IPage>();
        while (openedPages.TryDequeue(out var page))
        {
            pages.Add(page);
        }

        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }

        foreach (var page in pages)
        {
            PageChecks.AssertNothingFailed(page);
        }
    }

    /// <summary>Saves a full-page screenshot with the test output.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(OutputDirectory, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: it is under the temp path.
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Fourfold.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Path.GetTempPath();
    }
}

/// <summary>A browser test: every page it opened is checked and closed when it ends.</summary>
public abstract class BrowserJourney(BrowserApp app) : IAsyncLifetime
{
    protected BrowserApp App { get; } = app;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => App.CloseAndAssertPagesAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
