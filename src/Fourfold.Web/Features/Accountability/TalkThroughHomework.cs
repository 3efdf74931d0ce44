using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Common;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>The partner's own therapist or coach marks a flagged note talked through; it leaves their agenda.</summary>
public sealed class TalkThroughHomework(FourfoldDbContext db, CaseDoor.CaseAccess door, HomeworkStore store, ItemStore items, AuditedChanges changes, IClock clock)
{
    public async Task<OutcomeKind> ExecuteAsync(Guid logId, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var row = await items.ViewOfAsync(logId, cancellationToken);
        var context = row is { Kind: ItemKind.HomeworkLog } ? await door.ViewAsync(row.CaseId, cancellationToken) : null;
        var log = context is null ? null : await store.LogAsync(logId, cancellationToken);
        if (row is null || context is null || log is null || AccessDecision.Decide(context.Reader, row.Facts, context.State, now) is not AccessVerdict.Allowed)
        {
            await changes.RefusedAsync(db, AuditAction.HomeworkTalkedThrough, row?.CaseId, logId, nameof(DenialReason.NotOnCase), cancellationToken);
            return OutcomeKind.NotFound;
        }

        try
        {
            log.MarkTalkedThrough(context.ReaderRoles, now);
        }
        catch (DomainRuleViolation)
        {
            return OutcomeKind.Refused;
        }

        return await changes.SaveAsync(db, AuditAction.HomeworkTalkedThrough, row.CaseId, cancellationToken, ItemReadAudit.Subjects(row.Subject), logId)
            ? OutcomeKind.Done
            : OutcomeKind.Refused;
    }
}
