using Fourfold.Domain.Audit;
using Fourfold.Domain.Records;

namespace Fourfold.Web.Features.Accountability;

/// <summary>The partner's own therapist or coach marks a flagged note talked through; it leaves their agenda.</summary>
public sealed class TalkThroughHomework(ActionTargets targets, HomeworkStore store)
{
    public const string NotOnTheirAgenda = "NotOnTheirAgenda";

    public Task<OutcomeKind> ExecuteAsync(ItemId logId, CancellationToken cancellationToken) =>
        targets.CloseAsync(
            logId,
            ItemKind.HomeworkLog,
            AuditAction.HomeworkTalkedThrough,
            NotOnTheirAgenda,
            caseId => store.LogAsync(caseId, logId, cancellationToken),
            (log, context, now) => log.MarkTalkedThrough(context.ReaderRoles, now),
            cancellationToken);
}
