using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>A partner puts a topic, or a note of how it felt, on the next joint session's agenda; saved with its words and audit event, or not at all.</summary>
public sealed class RaiseAgendaTopic(FourfoldDbContext db, CaseDoor.CaseAccess door, AgendaTopicStore store, AuditedChanges changes, ReaderNotices notices, IClock clock)
{
    public async Task<AccountabilityChange> ExecuteAsync(CaseId caseId, AgendaTopicDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetCurrentInstant();
        if (await door.AuthorAsync(caseId, now, cancellationToken) is not { } loaded)
        {
            await changes.RefusedAsync(db, AuditAction.AgendaTopicRaised, caseId, null, nameof(DenialReason.NotOnCase), cancellationToken);
            return AccountabilityChange.NotFound;
        }

        if (AgendaTopic.Check(loaded.Context, draft) is { Count: > 0 } problems)
        {
            return AccountabilityChange.Invalid(problems);
        }

        AgendaTopic topic;
        ClinicalItem words;
        try
        {
            (topic, words) = AgendaTopic.Raise(loaded.Context, draft, now);
            store.Add(topic, words);
        }
        catch (DomainRuleViolation violation)
        {
            return AccountabilityChange.Refused(violation.Field ?? nameof(AgendaTopicDraft.Text), violation.Message);
        }

        if (!await changes.SaveAsync(db, AuditAction.AgendaTopicRaised, caseId, cancellationToken, ItemReadAudit.Subjects(words.Subject), topic.Id.Value))
        {
            return AccountabilityChange.Refused(nameof(AgendaTopicDraft.Text), AuditedChanges.ConflictMessage);
        }

        if (await door.ViewAsync(caseId, cancellationToken) is { } context)
        {
            await notices.SendAsync(context, words, name => new ReaderNotice($"{name} added something for your next joint session",
                $"{name} put something on the agenda of your next joint session in Fourfold.", $"/cases/{caseId}/joint-session"), null, cancellationToken);
        }

        return AccountabilityChange.Saved(topic.Id);
    }
}
