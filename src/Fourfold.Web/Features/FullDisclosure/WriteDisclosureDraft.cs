using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Common;
using Fourfold.Domain.FullDisclosure;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.FullDisclosure;

/// <summary>
/// The involved partner or their therapist saves the next draft of the written disclosure, saying which questions it
/// answers; saved with its words, the disclosure's count of drafts and its audit event, or nothing is.
/// </summary>
public sealed class WriteDisclosureDraft(FourfoldDbContext db, DisclosureDoor door, CaseDoor.CaseAccess cases, FullDisclosureStore store, AuditedChanges changes, IClock clock)
{
    public async Task<DisclosureOutcome> ExecuteAsync(Guid disclosureId, int? revision, string? text, IReadOnlyCollection<Guid> answers, bool withBetrayedPartnersSupport, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var now = clock.GetCurrentInstant();
        if (await door.OpenAsync(disclosureId, AuditAction.DisclosureDraftWritten, cancellationToken) is not var (process, _)
            || await cases.AuthorAsync(process.CaseId, now, cancellationToken) is not { } loaded)
        {
            return DisclosureOutcome.NotFound;
        }

        if (revision is { } read && read != process.Revision)
        {
            return DisclosureOutcome.Stale;
        }

        var answered = answers.Select(ItemId.From).ToList();
        var passedOn = await store.PassedOnAsync(process.Id, cancellationToken);
        if (WrittenDisclosure.Check(loaded.Context, process, text, answered, passedOn) is { Count: > 0 } problems)
        {
            return DisclosureOutcome.Invalid(problems);
        }

        WrittenDisclosure draft;
        try
        {
            (draft, var words) = WrittenDisclosure.Write(loaded.Context, process, text, answered, passedOn, withBetrayedPartnersSupport, now);
            store.Add(draft, words);
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return DisclosureOutcome.Refused(violation.Field ?? "Text", violation.Message);
        }

        return await changes.SaveAsync(db, AuditAction.DisclosureDraftWritten, process.CaseId, cancellationToken, ItemReadAudit.Subjects(ItemSubject.InvolvedPartner), draft.Id.Value)
            ? DisclosureOutcome.Done(draft.Id.Value, process.Revision)
            : DisclosureOutcome.Stale;
    }
}
