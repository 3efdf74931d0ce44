using Fourfold.Data;
using Fourfold.Data.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real database (a fresh SQLite file or a fresh PostgreSQL database per fixture), with the clock
/// and the mail folder swapped. Runs outside Development, so cookies are Secure with the __Host- prefix, as in
/// production; the client therefore talks HTTPS.
/// </summary>
public abstract class FourfoldAppFactory : WebApplicationFactory<Program>
{
    private readonly string workDirectory = Path.Combine(Path.GetTempPath(), "fourfold-tests", Guid.NewGuid().ToString("N"));

    protected FourfoldAppFactory()
    {
        Directory.CreateDirectory(workDirectory);
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    public static readonly byte[] FirstEncryptionKey = System.Text.Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef");

    public virtual FakeClock Clock { get; } = new(TemplateDatabases.SeededAt);

    /// <summary>What the app logged as errors while this fixture ran.</summary>
    public ServerErrors ServerErrors { get; } = new();

    public string MailDirectory => Path.Combine(workDirectory, "mail");

    /// <summary>Where this app anchors its audit chain's head, outside its database.</summary>
    public virtual string AuditAnchorFile => Path.Combine(workDirectory, "audit-anchor.log");

    public abstract DatabaseProvider Provider { get; }

    protected string WorkDirectory => workDirectory;

    protected abstract string ConnectionString { get; }

    /// <summary>The database this app runs on, for a second instance of the app on the same one.</summary>
    public string DatabaseConnectionString => ConnectionString;

    public virtual int SignInAttemptsPerMinute => 10_000;

    /// <summary>
    /// Whether the fixture starts on a copy of the run's migrated and seeded database; false where the demo data
    /// must be written under the fixture's own settings (another active key, another role).
    /// </summary>
    protected virtual bool StartsFromTemplate => true;

    /// <summary>False only for fixtures whose tests take the database away.</summary>
    protected virtual bool VerifiesAuditOnDispose => true;

    /// <summary>A database context that sees everything, for arranging and checking tests.</summary>
    public static FourfoldDbContext SystemDb(IServiceScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.ServiceProvider.GetRequiredService<DataActor>().BecomeSystem();
        return scope.ServiceProvider.GetRequiredService<FourfoldDbContext>();
    }

    private bool started;
    private bool verified;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        started = true;
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(ServerErrors));
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
        ConfigureMore(builder);
    }

    /// <summary>The app's settings on this fixture's database, for this process or for the app run as a process of its own.</summary>
    public IReadOnlyDictionary<string, string> Settings => PreparedDatabase(new Dictionary<string, string>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Fourfold"] = ConnectionString,
        ["Email:PickupDirectory"] = MailDirectory,
        ["Email:Smtp:Host"] = "",
        ["Demo:Seed"] = "true",
        ["Fourfold:PublicUrl"] = "https://localhost",
        ["Audit:Key"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("the audit key of this test fixture, 32+ bytes")),
        ["Audit:AnchorFile"] = AuditAnchorFile,
        ["Encryption:Keys:k1"] = Convert.ToBase64String(FirstEncryptionKey),
        ["Encryption:ActiveKey"] = "k1",
        ["SignIn:AttemptsPerMinute"] = SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>Puts this fixture's copy of the template in place, before the app first starts on it.</summary>
    protected virtual void CopyTemplate()
    {
    }

    private readonly Lock preparing = new();
    private bool prepared;

    private T PreparedDatabase<T>(T settings)
    {
        lock (preparing)
        {
            if (!prepared && StartsFromTemplate)
            {
                CopyTemplate();
            }

            prepared = true;
        }

        return settings;
    }

    /// <summary>Settings a particular fixture adds to the common ones.</summary>
    protected virtual void ConfigureMore(IWebHostBuilder builder)
    {
    }

    /// <summary>Every fixture's audit chain must still verify when its tests are done.</summary>
    public async Task<Domain.Audit.AuditVerification> VerifyAuditAsync()
    {
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<DataActor>().BecomeSystem();
        return await scope.ServiceProvider.GetRequiredService<Fourfold.Web.Infrastructure.Auditing.AuditVerifier>().VerifyAsync(CancellationToken.None);
    }

    public override async ValueTask DisposeAsync()
    {
        if (started && !verified && VerifiesAuditOnDispose)
        {
            verified = true;
            var verification = await VerifyAuditAsync();
            if (!verification.IsIntact)
            {
                throw new InvalidOperationException($"The audit chain of this fixture is broken at event {verification.FirstBadSequence}: {verification.Problem}");
            }
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(workDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the runtime is left for the OS to clean; the folder is under the temp path.
            }
        }
    }
}
