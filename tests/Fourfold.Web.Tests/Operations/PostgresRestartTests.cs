using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Operations;

/// <summary>Runs only where the test command says how to restart the PostgreSQL server (it starts that server itself).</summary>
public sealed class PostgresRestartFactAttribute : FactAttribute
{
    public const string Variable = "FOURFOLD_TEST_POSTGRES_RESTART";

    public PostgresRestartFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Set {Variable} to a command that restarts the test PostgreSQL server (the test command does).";
        }
    }
}

/// <summary>A restart takes every other PostgreSQL test's server away for a moment, so this one runs alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAloneOnPostgres
{
    public const string Name = "PostgreSQL restart";
}

/// <summary>
/// PostgreSQL restarts while people read and write: requests made while it is down fail, the app recovers by itself
/// once it is back, and every write it acknowledged is there.
/// </summary>
[Collection(RunsAloneOnPostgres.Name)]
public sealed class PostgresRestartTests(PostgresApp app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<PostgresApp>
{
    [PostgresRestartFact]
    public async Task AfterARestartUnderLoad_TheAppRecoversByItself_AndKeepsEveryAcknowledgedWrite()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var acknowledged = new ConcurrentBag<Guid>();
        var afterRestart = 0;
        var failed = 0;
        var restarted = false;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));

        async Task WriteAsync()
        {
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var response = await HistoryEntries.WriteAsync(dana, holt, $"Evening walk {n++}", "We walked and talked.");
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
                        if (Volatile.Read(ref restarted))
                        {
                            Interlocked.Increment(ref afterRestart);
                        }
                    }
                    else
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
                catch (HttpRequestException)
                {
                    // A request cut off while the server restarts is one nobody was told succeeded.
                    Interlocked.Increment(ref failed);
                }
            }
        }

        async Task ReadAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                await maya.GetAsync($"/api/cases/{holt}/timeline?limit=20");
            }
        }

        var load = new[] { WriteAsync(), WriteAsync(), ReadAsync() };
        await Task.Delay(TimeSpan.FromSeconds(2));
        await RestartServerAsync();
        Volatile.Write(ref restarted, true);
        var deadline = Stopwatch.StartNew();
        while (Volatile.Read(ref afterRestart) < 10 && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(200);
        }

        await stop.CancelAsync();
        await Task.WhenAll(load);

        output.WriteLine($"{acknowledged.Count} writes acknowledged ({afterRestart} after the restart), {failed} refused or cut off while the server restarted.");
        Assert.True(afterRestart >= 10, $"only {afterRestart} writes succeeded in the minute after the restart");
        using var scope = app.Services.CreateScope();
        var ids = acknowledged.Select(Domain.Records.ItemId.From).ToList();
        var stored = await FourfoldAppFactory.SystemDb(scope).ClinicalItems.Where(i => ids.Contains(i.Id)).CountAsync();
        Assert.Equal(acknowledged.Count, stored);
        Assert.True((await app.VerifyAuditAsync()).IsIntact);
    }

    private static async Task RestartServerAsync()
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Environment.GetEnvironmentVariable(PostgresRestartFactAttribute.Variable)!);
        using var restart = Process.Start(start)!;
        var output = await restart.StandardOutput.ReadToEndAsync() + await restart.StandardError.ReadToEndAsync();
        await restart.WaitForExitAsync();
        Assert.True(restart.ExitCode == 0, $"the restart command failed: {output}");
    }
}
