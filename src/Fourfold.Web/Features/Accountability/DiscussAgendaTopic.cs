using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Common;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>The couples therapist marks a topic of the joint session's agenda discussed; it leaves the agenda.</summary>
public sealed class DiscussAgendaTopic(FourfoldDbContext db, CaseDoor.CaseAccess door, AgendaTopicStore store, ItemStore items, AuditedChanges changes, IClock clock)
{
    public async Task<OutcomeKind> ExecuteAsync(Guid topicId, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var row = await items.ViewOfAsync(topicId, cancellationToken);
        var context = row is { Kind: ItemKind.AgendaTopic } ? await door.ViewAsync(row.CaseId, cancellationToken) : null;
        var topic = context is null ? null : await store.TopicAsync(topicId, cancellationToken);
        if (row is null || context is null || topic is null || AccessDecision.Decide(context.Reader, row.Facts, context.State, now) is not AccessVerdict.Allowed)
        {
            await changes.RefusedAsync(db, AuditAction.AgendaTopicDiscussed, row?.CaseId, topicId, nameof(DenialReason.NotOnCase), cancellationToken);
            return OutcomeKind.NotFound;
        }

        try
        {
            topic.MarkDiscussed(context.ReaderRoles, now);
        }
        catch (DomainRuleViolation)
        {
            return OutcomeKind.Refused;
        }

        return await changes.SaveAsync(db, AuditAction.AgendaTopicDiscussed, row.CaseId, cancellationToken, ItemReadAudit.Subjects(row.Subject), topicId)
            ? OutcomeKind.Done
            : OutcomeKind.Refused;
    }
}
