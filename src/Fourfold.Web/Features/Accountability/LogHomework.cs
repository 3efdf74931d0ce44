using Fourfold.Data;
using Fourfold.Domain.Access;
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
public sealed class LogHomework(FourfoldDbContext db, CaseDoor.CaseAccess door, ActionTargets targets, HomeworkStore store, AuditedChanges changes, IClock clock)
{
    public async Task<AccountabilityChange> ExecuteAsync(Guid homeworkId, HomeworkLogDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetCurrentInstant();
        if (await targets.DecidedAsync(homeworkId, [ItemKind.Homework], AuditAction.HomeworkLogged, cancellationToken) is not { Item: var row }
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
        ItemSubject subject;
        try
        {
            (log, var words) = HomeworkLog.Write(loaded.Context, draft, homework!, now);
            subject = words.Subject;
            store.Add(log, words);
        }
        catch (DomainRuleViolation violation)
        {
            return AccountabilityChange.Refused(violation.Field ?? nameof(HomeworkLogDraft.HowItWent), violation.Message);
        }

        return await changes.SaveAsync(db, AuditAction.HomeworkLogged, row.CaseId, cancellationToken, ItemReadAudit.Subjects(subject), log.Id)
            ? AccountabilityChange.Saved(log.Id)
            : AccountabilityChange.Refused(nameof(HomeworkLogDraft.HowItWent), AuditedChanges.ConflictMessage);
    }
}
