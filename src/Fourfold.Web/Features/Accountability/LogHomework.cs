using Fourfold.Data;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Common;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>
/// A partner writes how a piece of homework set for them went, and may flag it for their own therapist or coach. The
/// homework must be one they may read: a piece they cannot see is as good as none.
/// </summary>
public sealed class LogHomework(FourfoldDbContext db, CaseDoor.CaseAccess door, ActionTargets targets, HomeworkStore store, AuditedChanges changes, ReaderNotices notices, IClock clock)
{
    public async Task<AccountabilityChange> ExecuteAsync(ItemId homeworkId, HomeworkLogDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetCurrentInstant();
        if (await targets.DecidedAsync(homeworkId, [ItemKind.Homework], AuditAction.HomeworkLogged, cancellationToken) is not { Item: var row, Context: var context }
            || await door.AuthorAsync(row.CaseId, now, cancellationToken) is not { } loaded)
        {
            return AccountabilityChange.NotFound;
        }

        var homework = await store.HomeworkAsync(row.CaseId, homeworkId, cancellationToken);
        if (HomeworkLog.Check(loaded.Context, draft, homework) is { Count: > 0 } problems)
        {
            return AccountabilityChange.Invalid(problems);
        }

        HomeworkLog log;
        ClinicalItem words;
        try
        {
            (log, words) = HomeworkLog.Write(loaded.Context, draft, homework!, now);
            store.Add(log, words);
        }
        catch (DomainRuleViolation violation)
        {
            return AccountabilityChange.Refused(violation.Field ?? nameof(HomeworkLogDraft.HowItWent), violation.Message);
        }

        if (!await changes.SaveAsync(db, AuditAction.HomeworkLogged, row.CaseId, cancellationToken, ItemReadAudit.Subjects(words.Subject), log.Id.Value))
        {
            return AccountabilityChange.Refused(nameof(HomeworkLogDraft.HowItWent), AuditedChanges.ConflictMessage);
        }

        if (log.BringToIndividualSession)
        {
            // Only the support whose agenda it is now on is told; the others it is shared with read it when they look.
            await notices.SendAsync(context, words, name => new ReaderNotice($"{name} added something to your agenda in Fourfold",
                $"{name} would like to talk about a note of theirs at your next session together.", "/me/agenda"),
                person => context.State.RolesOf(person).Any(log.IsOnAgendaOf), cancellationToken);
        }

        return AccountabilityChange.Saved(log.Id);
    }
}
