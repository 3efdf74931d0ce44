using Fourfold.Data;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Authorizations;
using Fourfold.Web.Infrastructure.Email;
using Fourfold.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quartz;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>
/// Every hour, reminds each partner whose authorization ends within 14 days, once. The reminder is claimed with a
/// conditional update before the email goes out, so that several instances running the job send it once.
/// The message names no recipient and no category: only that something they share is ending.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ExpiryReminderJob(FourfoldDbContext db, DataActor actor, EmailSender email, PublicLinks links, IClock clock, ILogger<ExpiryReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("authorization-expiry-reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await RunAsync(cancellationToken);
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        actor.BecomeSystem();
        var now = clock.GetCurrentInstant();
        var horizon = now + Authorization.ReminderLead;
        var candidates = await db.Authorizations.AsNoTracking()
            .Where(a => a.RevokedAt == null && a.ExpiryReminderSentAt == null && a.Terms.ExpiresAt > now && a.Terms.ExpiresAt <= horizon)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var authorization in candidates.Where(a => a.IsDueForExpiryReminder(now)))
        {
            var claimed = await db.Authorizations
                .Where(a => a.Id == authorization.Id && a.ExpiryReminderSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ExpiryReminderSentAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var partner = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == authorization.GrantedBy.Value, cancellationToken);
            if (partner?.Email is null)
            {
                continue;
            }

            var lastDay = LocalTimes.DateIn(authorization.Terms.ExpiresAt - Duration.Epsilon, partner.TimeZoneId);
            await email.SendAsync(partner.Email, partner.DisplayName, "Something you share in Fourfold ends soon",
                $"Hello {partner.DisplayName},\n\nOne of your Fourfold authorizations ends after {lastDay}. After that day, the people it names no longer see what it covers.\n\nIf you want to keep sharing, sign a new one; if not, you need do nothing.\n\n{links.To($"/cases/{authorization.CaseId}/authorizations")}\n",
                cancellationToken);
            sent++;
        }

        if (sent > 0)
        {
            logger.LogInformation("Sent {Count} authorization expiry reminders.", sent);
        }

        return sent;
    }
}
