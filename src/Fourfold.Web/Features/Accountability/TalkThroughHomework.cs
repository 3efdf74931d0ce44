using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Common;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>The partner's own therapist or coach marks a flagged note talked through; it leaves their agenda.</summary>
public sealed class TalkThroughHomework(FourfoldDbContext db, ActionTargets targets, HomeworkStore store, AuditedChanges changes, IClock clock)
{
    public const string NotOnTheirAgenda = "NotOnTheirAgenda";

    public async Task<OutcomeKind> ExecuteAsync(Guid logId, CancellationToken cancellationToken)
    {
        if (await targets.DecidedAsync(logId, [ItemKind.HomeworkLog], AuditAction.HomeworkTalkedThrough, cancellationToken) is not { } target
            || await store.LogAsync(target.Item.CaseId, logId, cancellationToken) is not { } log)
        {
            return OutcomeKind.NotFound;
        }

        try
        {
            log.MarkTalkedThrough(target.Context.ReaderRoles, clock.GetCurrentInstant());
        }
        catch (DomainRuleViolation)
        {
            await targets.RefusedAsync(AuditAction.HomeworkTalkedThrough, target.Item, NotOnTheirAgenda, cancellationToken);
            return OutcomeKind.Refused;
        }

        return await changes.SaveAsync(db, AuditAction.HomeworkTalkedThrough, target.Item.CaseId, cancellationToken, ItemReadAudit.Subjects(target.Item.Subject), logId)
            ? OutcomeKind.Done
            : OutcomeKind.Refused;
    }
}
