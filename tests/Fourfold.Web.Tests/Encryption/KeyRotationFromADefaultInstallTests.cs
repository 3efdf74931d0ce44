using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Data;
using Fourfold.Data.Encryption;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Infrastructure.Encryption;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Encryption;

/// <summary>
/// The README's rotation, step by step, from an installation that never configured a key (its key ring is the key file
/// made at first start): add k2 and make it active, restart, re-encrypt, remove k1. Nothing is unreadable at any step.
/// </summary>
public sealed class KeyRotationFromADefaultInstallTests : IDisposable
{
    private static readonly string SecondKey = Convert.ToBase64String("a second key of thirty-two bytes"u8.ToArray());
    private readonly string directory = Path.Combine(Path.GetTempPath(), "fourfold-tests", "rotation-" + Guid.NewGuid().ToString("N"));

    private string KeyFile => Path.Combine(directory, "keys", "encryption-k1.key");

    [Fact]
    public async Task RotatingAsTheReadmeSays_LosesNothing()
    {
        Directory.CreateDirectory(directory);
        string[] titlesAtFirst;
        await using (var install = new InstalledApp(directory, KeyFile))
        {
            titlesAtFirst = await DanasTitlesAsync(install);
            Assert.True(File.Exists(KeyFile));
        }

        await using (var withSecondKey = new InstalledApp(directory, KeyFile, ("Encryption:Keys:k2", SecondKey), ("Encryption:ActiveKey", "k2")))
        {
            Assert.Equal(titlesAtFirst, await DanasTitlesAsync(withSecondKey));
            Assert.Equal(0, await EncryptionCommands.RunAsync(withSecondKey.Services, ["encryption", "reencrypt"]));
            Assert.Equal(titlesAtFirst, await DanasTitlesAsync(withSecondKey));
        }

        File.Delete(KeyFile);
        await using var afterRotation = new InstalledApp(directory, KeyFile, ("Encryption:Keys:k2", SecondKey), ("Encryption:ActiveKey", "k2"));
        Assert.Equal(titlesAtFirst, await DanasTitlesAsync(afterRotation));
        using var scope = afterRotation.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var tokens = await db.UserTokens.Where(t => t.Name == "AuthenticatorKey").Select(t => t.Value).ToListAsync();
        Assert.NotEmpty(tokens);
        Assert.All(tokens, token => Assert.Equal("k2", KeyRing.KeyIdOf(token!)));
        Assert.False(File.Exists(KeyFile));
    }

    private static async Task<string[]> DanasTitlesAsync(InstalledApp app)
    {
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var holt = (await dana.GetFromJsonAsync<JsonElement>("/api/cases")).EnumerateArray().Single().GetProperty("id").GetString();
        var timeline = await dana.GetFromJsonAsync<JsonElement>($"/api/cases/{holt}/timeline?limit=100");
        var titles = timeline.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToArray();
        Assert.NotEmpty(titles);
        return titles;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS: the folder is under the temp path.
        }
    }

    /// <summary>The app as installed: its own database file and key file, no key in configuration unless added.</summary>
    private sealed class InstalledApp(string directory, string keyFile, params (string Key, string Value)[] settings) : FourfoldAppFactory
    {
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

        public override string AuditAnchorFile => Path.Combine(directory, "anchor.log");

        protected override string ConnectionString => $"Data Source={Path.Combine(directory, "fourfold.db")}";

        protected override void ConfigureMore(IWebHostBuilder builder)
        {
            builder.UseSetting("Encryption:Keys:k1", "");
            builder.UseSetting("Encryption:ActiveKey", "");
            builder.UseSetting("Encryption:KeyFile", keyFile);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
