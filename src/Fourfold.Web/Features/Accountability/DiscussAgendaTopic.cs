using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Common;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>The couples therapist marks a topic discussed, or whoever brought it takes it off; it leaves the agenda.</summary>
public sealed class DiscussAgendaTopic(FourfoldDbContext db, ActionTargets targets, AgendaTopicStore store, AuditedChanges changes, IClock clock)
{
    public const string NotTheirsToClose = "NotTheirsToClose";

    public async Task<OutcomeKind> ExecuteAsync(Guid topicId, CancellationToken cancellationToken)
    {
        if (await targets.DecidedAsync(topicId, [ItemKind.AgendaTopic], AuditAction.AgendaTopicDiscussed, cancellationToken) is not { } target
            || await store.TopicAsync(target.Item.CaseId, topicId, cancellationToken) is not { } topic)
        {
            return OutcomeKind.NotFound;
        }

        try
        {
            topic.MarkDiscussed(target.Context.Reader.Person, target.Context.ReaderRoles, clock.GetCurrentInstant());
        }
        catch (DomainRuleViolation)
        {
            await targets.RefusedAsync(AuditAction.AgendaTopicDiscussed, target.Item, NotTheirsToClose, cancellationToken);
            return OutcomeKind.Refused;
        }

        return await changes.SaveAsync(db, AuditAction.AgendaTopicDiscussed, target.Item.CaseId, cancellationToken, ItemReadAudit.Subjects(target.Item.Subject), topicId)
            ? OutcomeKind.Done
            : OutcomeKind.Refused;
    }
}
