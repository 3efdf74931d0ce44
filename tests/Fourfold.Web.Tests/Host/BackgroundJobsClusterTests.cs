using System.Collections.Concurrent;
using Fourfold.Web.Infrastructure.Database;
using Fourfold.Web.Infrastructure.Scheduling;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Xunit.Abstractions;

namespace Fourfold.Web.Tests.Host;

/// <summary>Two app instances on one PostgreSQL database form one Quartz cluster: a firing runs on one of them only.</summary>
public sealed class BackgroundJobsClusterTests(PostgresApp app, ITestOutputHelper output) : IClassFixture<PostgresApp>
{
    private const int Firings = 20;

    [Fact]
    public async Task TwoInstancesSharingOneDatabase_RunEveryFiringOfAJobExactlyOnce_AndTheOtherCarriesOnWhenOneStops()
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var runs = new FiringLog();
        await using var first = await StartInstanceAsync(settings, runs);
        var scheduler = first.Scheduler;
        Assert.True((await scheduler.GetMetadata()).JobStoreClustered);
        await scheduler.ScheduleJob(
            JobBuilder.Create<RecordingJob>().WithIdentity("recording").Build(),
            TriggerBuilder.Create().StartAt(DateTimeOffset.UtcNow.AddSeconds(1))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(400)).WithRepeatCount(Firings - 1)).Build());
        await WaitForAsync(() => runs.Count >= 3);

        // Which of two running instances wins a firing is up to them; only that each firing runs once is promised.
        await using var second = await StartInstanceAsync(settings, runs);
        Assert.NotEqual(scheduler.SchedulerInstanceId, second.Scheduler.SchedulerInstanceId);
        await WaitForAsync(() => runs.Count >= 6);
        await scheduler.Shutdown(waitForJobsToComplete: true);
        var ranBeforeTheFirstStopped = runs.Count;
        await WaitForAsync(() => runs.Count >= Firings);

        await Task.Delay(TimeSpan.FromSeconds(2));
        output.WriteLine(string.Join(", ", runs.GroupBy(r => r.Instance).Select(g => $"{g.Key} ran {g.Count()}")));
        Assert.True(ranBeforeTheFirstStopped < Firings, "every firing ran before the first instance stopped; the test proves nothing");
        Assert.Equal(Firings, runs.Count);
        Assert.Equal(Firings, runs.Select(r => r.Scheduled).Distinct().Count());
        Assert.Contains(runs, r => r.Instance == scheduler.SchedulerInstanceId);
        Assert.Contains(runs, r => r.Instance == second.Scheduler.SchedulerInstanceId);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }

    private static async Task<Instance> StartInstanceAsync(DatabaseSettings settings, FiringLog runs)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(runs);
        services.AddQuartz(quartz =>
        {
            BackgroundJobs.UseStore(quartz, settings, "FourfoldClusterTest");
            // Instances look for due firings every second, so that two running ones compete for each.
            quartz.ConfigureScheduler(scheduler => scheduler.IdleWaitTime = TimeSpan.FromSeconds(1));
        });
        var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        return new Instance(provider, scheduler);
    }

    private sealed record Instance(ServiceProvider Services, IScheduler Scheduler) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Scheduler.Shutdown(waitForJobsToComplete: true);

            await Services.DisposeAsync();
        }
    }

    public sealed class FiringLog : ConcurrentBag<(string Instance, DateTimeOffset Scheduled)>;

    public sealed class RecordingJob(FiringLog log) : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            log.Add((context.Scheduler.SchedulerInstanceId, context.ScheduledFireTimeUtc ?? context.FireTimeUtc));
            return ValueTask.CompletedTask;
        }
    }
}
