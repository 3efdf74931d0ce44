using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>A professional sets homework for one partner or both; it is saved with its words and its audit event, or nothing is.</summary>
public sealed class SetHomework(FourfoldDbContext db, CaseDoor.CaseAccess door, HomeworkStore store, AuditedChanges changes, IClock clock)
{
    public async Task<AccountabilityChange> ExecuteAsync(CaseId caseId, HomeworkDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetCurrentInstant();
        if (await door.AuthorAsync(caseId, now, cancellationToken) is not { } loaded)
        {
            await changes.RefusedAsync(db, AuditAction.HomeworkSet, caseId, null, nameof(DenialReason.NotOnCase), cancellationToken);
            return AccountabilityChange.NotFound;
        }

        if (Homework.Check(loaded.Context, draft) is { Count: > 0 } problems)
        {
            return AccountabilityChange.Invalid(problems);
        }

        Homework homework;
        ItemSubject subject;
        try
        {
            (homework, var words) = Homework.Set(loaded.Context, draft, now);
            subject = words.Subject;
            store.Add(homework, words);
        }
        catch (DomainRuleViolation violation)
        {
            return AccountabilityChange.Refused(violation.Field ?? nameof(HomeworkDraft.What), violation.Message);
        }

        return await changes.SaveAsync(db, AuditAction.HomeworkSet, caseId, cancellationToken, ItemReadAudit.Subjects(subject), homework.Id.Value)
            ? AccountabilityChange.Saved(homework.Id)
            : AccountabilityChange.Refused(nameof(HomeworkDraft.What), AuditedChanges.ConflictMessage);
    }
}
