using Fourfold.Data;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quartz;

namespace Fourfold.Web.Features.Sessions;

/// <summary>
/// Reminds everyone taking part in a session about 24 hours before it starts. Each session is claimed with one
/// conditional update before its reminder is sent, so that several app instances running this job at once send it once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SessionReminderJob(FourfoldDbContext db, DataActor actor, SessionNotices notices, IClock clock, ILogger<SessionReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("session-reminders");
    public static readonly Duration Lead = Duration.FromHours(24);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await RunAsync(cancellationToken);
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        actor.BecomeSystem();
        var now = clock.GetCurrentInstant();
        var horizon = now + Lead;
        var due = await db.Sessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Booked && s.ReminderSentAt == null && s.Start > now && s.Start <= horizon)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var session in due)
        {
            var claimed = await db.Sessions
                .Where(s => s.Id == session.Id && s.ReminderSentAt == null && s.Status == SessionStatus.Booked && s.Start == session.Start)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReminderSentAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            await notices.SendAsync(session, SessionNotices.Notice.Reminder, cancellationToken);
            sent++;
        }

        if (sent > 0)
        {
            logger.LogInformation("Sent reminders for {Count} sessions.", sent);
        }

        return sent;
    }
}
