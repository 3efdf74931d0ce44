using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Common;
using Fourfold.Domain.FullDisclosure;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.FullDisclosure;

/// <summary>The betrayed partner writes a question for the disclosure; it is saved with its words and its audit event, or nothing is.</summary>
public sealed class WriteDisclosureQuestion(FourfoldDbContext db, DisclosureDoor door, CaseDoor.CaseAccess cases, FullDisclosureStore store, AuditedChanges changes, IClock clock)
{
    public async Task<DisclosureOutcome> ExecuteAsync(Guid disclosureId, string? text, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        if (await door.OpenAsync(disclosureId, AuditAction.DisclosureQuestionWritten, cancellationToken) is not var (process, _)
            || await cases.AuthorAsync(process.CaseId, now, cancellationToken) is not { } loaded)
        {
            return DisclosureOutcome.NotFound;
        }

        if (DisclosureQuestion.Check(loaded.Context, process, text) is { Count: > 0 } problems)
        {
            return DisclosureOutcome.Invalid(problems);
        }

        DisclosureQuestion question;
        try
        {
            (question, var words) = DisclosureQuestion.Write(loaded.Context, process, text, now);
            store.Add(question, words);
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return DisclosureOutcome.Refused(violation.Field ?? "Text", violation.Message);
        }

        return await changes.SaveAsync(db, AuditAction.DisclosureQuestionWritten, process.CaseId, cancellationToken, ItemReadAudit.Subjects(ItemSubject.BetrayedPartner), question.Id.Value)
            ? DisclosureOutcome.Done(question.Id.Value, process.Revision)
            : DisclosureOutcome.Stale;
    }
}
