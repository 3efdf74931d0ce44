using Fourfold.Data;
using Fourfold.Web.Infrastructure.Database;
using Quartz;

namespace Fourfold.Web.Infrastructure.Scheduling;

/// <summary>
/// The jobs that run on their own: session reminders every 15 minutes, and every hour authorization expiry reminders
/// and the forgetting of ended rate-limit windows.
/// On PostgreSQL the schedule lives in the database and every app instance joins one Quartz cluster, so each firing
/// runs on exactly one instance; the embedded SQLite default is one instance and keeps the schedule in memory.
/// </summary>
internal static class BackgroundJobs
{
    public const string SchedulerName = "Fourfold";

    public static void AddBackgroundJobs(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddScoped<Features.Authorizations.ExpiryReminderJob>();
        services.AddScoped<Features.Sessions.SessionReminderJob>();
        services.AddScoped<Features.Agreements.AgreementReviewJob>();
        services.AddScoped<Security.ExpiredLimitsJob>();
        services.AddQuartz(quartz =>
        {
            UseStore(quartz, settings, SchedulerName);
            quartz.AddJob<Features.Sessions.SessionReminderJob>(job => job.WithIdentity(Features.Sessions.SessionReminderJob.Key));
            quartz.AddTrigger(trigger => trigger
                .WithIdentity("session-reminders-every-15-minutes")
                .ForJob(Features.Sessions.SessionReminderJob.Key)
                .StartAt(DateTimeOffset.UtcNow.AddMinutes(1))
                .WithSimpleSchedule(schedule => schedule.WithInterval(TimeSpan.FromMinutes(15)).RepeatForever()));
            quartz.AddJob<Features.Authorizations.ExpiryReminderJob>(job => job.WithIdentity(Features.Authorizations.ExpiryReminderJob.Key));
            quartz.AddTrigger(trigger => trigger
                .WithIdentity("authorization-expiry-reminders-hourly")
                .ForJob(Features.Authorizations.ExpiryReminderJob.Key)
                .StartAt(DateTimeOffset.UtcNow.AddMinutes(1))
                .WithSimpleSchedule(schedule => schedule.WithInterval(TimeSpan.FromHours(1)).RepeatForever()));
            quartz.AddJob<Features.Agreements.AgreementReviewJob>(job => job.WithIdentity(Features.Agreements.AgreementReviewJob.Key));
            quartz.AddTrigger(trigger => trigger
                .WithIdentity("agreement-review-reminders-hourly")
                .ForJob(Features.Agreements.AgreementReviewJob.Key)
                .StartAt(DateTimeOffset.UtcNow.AddMinutes(2))
                .WithSimpleSchedule(schedule => schedule.WithInterval(TimeSpan.FromHours(1)).RepeatForever()));
            quartz.AddJob<Security.ExpiredLimitsJob>(job => job.WithIdentity(Security.ExpiredLimitsJob.Key));
            quartz.AddTrigger(trigger => trigger
                .WithIdentity("expired-rate-limits-hourly")
                .ForJob(Security.ExpiredLimitsJob.Key)
                .StartAt(DateTimeOffset.UtcNow.AddMinutes(5))
                .WithSimpleSchedule(schedule => schedule.WithInterval(TimeSpan.FromHours(1)).RepeatForever()));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
    }

    /// <summary>
    /// Where a scheduler named <paramref name="schedulerName"/> keeps its schedule. Quartz creates its own tables
    /// (<c>qrtz_*</c>) on first start; each instance takes a generated id and checks in every 15 seconds, and an
    /// instance silent for a minute past that has its firings recovered by another.
    /// </summary>
    public static void UseStore(IQuartzBuilder quartz, DatabaseSettings settings, string schedulerName)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(settings);
        quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = schedulerName);
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            quartz.UseInMemoryStore();
            return;
        }

        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(settings.ConnectionString);
            store.ProvisionSchema();
            store.ConfigureStore(options => options.StoreJobDataAsStrings = true);
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = TimeSpan.FromSeconds(15);
                cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(60);
            });
        });
    }
}
