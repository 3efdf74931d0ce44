using Fourfold.Data;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Cases;
using Fourfold.Web.Infrastructure.Email;
using Fourfold.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quartz;

namespace Fourfold.Web.Features.Agreements;

/// <summary>
/// Every hour, tells both partners when an agreement in force reaches the review date they chose, once per agreed
/// version. The reminder is claimed with a conditional update before the emails go out, so that several instances
/// send it once. The message says nothing of the agreement: only that one is due to be looked at again.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AgreementReviewJob(FourfoldDbContext db, DataActor actor, EmailSender email, PublicLinks links, IClock clock, ILogger<AgreementReviewJob> logger) : IJob
{
    public static readonly JobKey Key = new("agreement-review-reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await RunAsync(cancellationToken);
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        actor.BecomeSystem();
        // No zone on Earth is past this date yet; each couple is reminded once the day has come where both partners live.
        var now = clock.GetCurrentInstant();
        var earliest = now.InZone(DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"]).Date;
        var candidates = await db.Agreements.AsNoTracking()
            .Where(a => a.ReviewOn != null && a.ReviewOn <= earliest && (a.ReviewRemindedVersion == null || a.ReviewRemindedVersion != a.AgreedVersion))
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var agreement in candidates.Where(a => a.IsDueForReviewReminder(earliest)))
        {
            var partnerIds = (await db.Cases.AsNoTracking().AsSingleQuery().SingleAsync(c => c.Id == agreement.CaseId, cancellationToken)).ActiveRoles()
                .Where(pair => pair.Value.Any(role => role.IsPartner())).Select(pair => pair.Key.Value).ToList();
            var partners = await db.Users.AsNoTracking().Where(u => partnerIds.Contains(u.Id)).ToListAsync(cancellationToken);
            if (partners.Any(p => !agreement.IsDueForReviewReminder(now.InZone(LocalTimes.ZoneOrUtc(p.TimeZoneId)).Date)))
            {
                continue;
            }

            var claimed = await db.Agreements
                .Where(a => a.Id == agreement.Id && a.AgreedVersion == agreement.AgreedVersion && (a.ReviewRemindedVersion == null || a.ReviewRemindedVersion != agreement.AgreedVersion))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ReviewRemindedVersion, agreement.AgreedVersion), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            foreach (var partner in partners.Where(p => p.Email is not null))
            {
                await email.SendAsync(partner.Email!, partner.DisplayName, "An agreement in Fourfold is due for review",
                    $"Hello {partner.DisplayName},\n\nOne of the agreements you made together in Fourfold has reached the day you chose to look at it again. It stays as it is unless you both agree a change.\n\n{links.To($"/cases/{agreement.CaseId}/agreements")}\n",
                    cancellationToken);
            }

            sent++;
        }

        if (sent > 0)
        {
            logger.LogInformation("Sent review reminders for {Count} agreements.", sent);
        }

        return sent;
    }
}
