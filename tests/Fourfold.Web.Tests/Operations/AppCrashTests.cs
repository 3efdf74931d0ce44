using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Operations;

/// <summary>
/// The app, run as a process of its own, is killed with SIGKILL while eight people write: every write it acknowledged
/// is in the database when the app starts again, and the audit chain still verifies.
/// </summary>
public abstract class AppCrashTests(FourfoldAppFactory app, Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Writers = 8;

    [Fact]
    public async Task KilledDuringAWriteLoad_TheAppLosesNothingItAcknowledged()
    {
        var acknowledged = new ConcurrentBag<Guid>();
        var cutOff = 0;
        using (var process = await AppProcess.StartAsync(app, output))
        {
            using var http = new HttpClient { BaseAddress = process.Address };
            var token = await TokenAsync(http);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var cases = await http.GetFromJsonAsync<JsonElement>("/api/cases");
            var holt = cases.EnumerateArray().Single(c => c.GetProperty("label").GetString() == "Holt").GetProperty("id").GetGuid();
            using var killed = new CancellationTokenSource();

            async Task WriteAsync(int writer)
            {
                for (var n = 0; !killed.IsCancellationRequested; n++)
                {
                    try
                    {
                        var response = await HistoryEntries.WriteAsync(http, holt, $"Morning check-in {writer}.{n}", "We each said one thing we appreciated.");
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
                        }
                    }
                    catch (Exception cut) when (cut is HttpRequestException or IOException or JsonException or TaskCanceledException)
                    {
                        // A write cut off by the kill was never acknowledged to anyone.
                        Interlocked.Increment(ref cutOff);
                        return;
                    }
                }
            }

            var load = Enumerable.Range(0, Writers).Select(WriteAsync).ToList();
            var warmUp = Stopwatch.StartNew();
            while (acknowledged.Count < 40 && warmUp.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(50);
            }

            process.Kill();
            await killed.CancelAsync();
            await Task.WhenAll(load);
        }

        output.WriteLine($"{acknowledged.Count} writes acknowledged before the kill, {cutOff} writers cut off by it.");
        Assert.True(acknowledged.Count >= 40, $"only {acknowledged.Count} writes were acknowledged before the kill");

        // The app starts again on the same database, as an operator's service manager would start it.
        using var scope = app.Services.CreateScope();
        var ids = acknowledged.Select(Domain.Records.ItemId.From).ToList();
        var stored = await FourfoldAppFactory.SystemDb(scope).ClinicalItems.Where(i => ids.Contains(i.Id)).CountAsync();
        Assert.Equal(ids.Count, stored);
        if (app.Provider == Data.DatabaseProvider.Sqlite)
        {
            var connection = FourfoldAppFactory.SystemDb(scope).Database.GetDbConnection();
            await connection.OpenAsync();
            await using var journal = connection.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", (string?)await journal.ExecuteScalarAsync());
        }

        var verification = await app.VerifyAuditAsync();
        Assert.True(verification.IsIntact, verification.Problem);
    }

    private static async Task<string> TokenAsync(HttpClient http)
    {
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.DanaHolt.Email, password = DemoAccount.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>The built app run with <c>dotnet</c> on the fixture's database and settings, listening on a free local port.</summary>
    private sealed class AppProcess : IDisposable
    {
        private readonly Process process;

        private AppProcess(Process process, Uri address)
        {
            this.process = process;
            Address = address;
        }

        public Uri Address { get; }

        public static async Task<AppProcess> StartAsync(FourfoldAppFactory app, Xunit.Abstractions.ITestOutputHelper output)
        {
            var address = new Uri($"http://127.0.0.1:{FreePort()}");
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.GetDirectoryName(WebAssembly())!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add(WebAssembly());
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
            start.Environment["ASPNETCORE_URLS"] = address.ToString();
            foreach (var (key, value) in app.Settings)
            {
                start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }

            var process = Process.Start(start)!;
            var log = new ConcurrentQueue<string>();
            process.OutputDataReceived += (_, line) => log.Enqueue(line.Data ?? "");
            process.ErrorDataReceived += (_, line) => log.Enqueue(line.Data ?? "");
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var running = new AppProcess(process, address);
            using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
            var waited = Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(120))
            {
                Assert.False(process.HasExited, "the app stopped at start: " + string.Join('\n', log.TakeLast(30)));
                try
                {
                    if ((await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                    {
                        output.WriteLine($"The app answered at {address} after {waited.Elapsed.TotalSeconds:0.0} s.");
                        return running;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // Still migrating or seeding.
                }

                await Task.Delay(250);
            }

            running.Dispose();
            throw new TimeoutException("the app did not answer within two minutes: " + string.Join('\n', log.TakeLast(30)));
        }

        /// <summary>SIGKILL: no shutdown, no flush, no chance to finish a request.</summary>
        public void Kill()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                Kill();
            }

            process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        /// <summary>The app as built beside these tests (same configuration), with its static assets' manifest.</summary>
        private static string WebAssembly()
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = testOutput.Name;
            var root = testOutput;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Fourfold.slnx")))
            {
                root = root.Parent;
            }

            var built = Path.Combine(root?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + testOutput), "artifacts", "bin", "Fourfold.Web", configuration, "Fourfold.Web.dll");
            return File.Exists(built) ? built : throw new InvalidOperationException($"The app is not built at {built}.");
        }
    }
}

public sealed class AppCrashTestsOnSqlite(SqliteApp app, Xunit.Abstractions.ITestOutputHelper output) : AppCrashTests(app, output), IClassFixture<SqliteApp>;

public sealed class AppCrashTestsOnPostgres(PostgresApp app, Xunit.Abstractions.ITestOutputHelper output) : AppCrashTests(app, output), IClassFixture<PostgresApp>;
