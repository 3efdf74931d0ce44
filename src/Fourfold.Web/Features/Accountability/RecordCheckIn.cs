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

/// <summary>A partner records a check-in for those they pick; it is saved with its words and its audit event, or nothing is.</summary>
public sealed class RecordCheckIn(FourfoldDbContext db, CaseDoor.CaseAccess door, CheckInStore store, AuditedChanges changes, IClock clock)
{
    public async Task<AccountabilityChange> ExecuteAsync(CaseId caseId, CheckInDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetCurrentInstant();
        if (await door.AuthorAsync(caseId, now, cancellationToken) is not { } loaded)
        {
            await changes.RefusedAsync(db, AuditAction.CheckInRecorded, caseId, null, nameof(DenialReason.NotOnCase), cancellationToken);
            return AccountabilityChange.NotFound;
        }

        if (CheckIn.Check(loaded.Context, draft) is { Count: > 0 } problems)
        {
            return AccountabilityChange.Invalid(problems);
        }

        CheckIn checkIn;
        ItemSubject subject;
        try
        {
            (checkIn, var words) = CheckIn.Record(loaded.Context, draft, now);
            subject = words.Subject;
            store.Add(checkIn, words);
        }
        catch (DomainRuleViolation violation)
        {
            return AccountabilityChange.Refused(violation.Field ?? nameof(CheckInDraft.Kind), violation.Message);
        }

        return await changes.SaveAsync(db, AuditAction.CheckInRecorded, caseId, cancellationToken, ItemReadAudit.Subjects(subject), checkIn.Id.Value)
            ? AccountabilityChange.Saved(checkIn.Id)
            : AccountabilityChange.Refused(nameof(CheckInDraft.Kind), AuditedChanges.ConflictMessage);
    }
}
