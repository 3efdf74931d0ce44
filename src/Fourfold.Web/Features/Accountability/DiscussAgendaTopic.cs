using Fourfold.Domain.Audit;
using Fourfold.Domain.Records;

namespace Fourfold.Web.Features.Accountability;

/// <summary>The couples therapist marks a topic discussed, or whoever brought it takes it off; it leaves the agenda.</summary>
public sealed class DiscussAgendaTopic(ActionTargets targets, AgendaTopicStore store)
{
    public const string NotTheirsToClose = "NotTheirsToClose";

    public Task<OutcomeKind> ExecuteAsync(ItemId topicId, CancellationToken cancellationToken) =>
        targets.CloseAsync(
            topicId,
            ItemKind.AgendaTopic,
            AuditAction.AgendaTopicDiscussed,
            NotTheirsToClose,
            caseId => store.TopicAsync(caseId, topicId, cancellationToken),
            (topic, context, now) => topic.MarkDiscussed(context.Reader.Person, context.ReaderRoles, now),
            cancellationToken);
}
