using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.FullDisclosure;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.FullDisclosure;

/// <summary>
/// Saves what is written around the disclosure (the safety plan for the day, a debrief afterwards, the impact
/// statement, the letter of amends) for the audience its author chose, with its audit event; then tells each person
/// who may now read it, by an email that says nothing of it.
/// </summary>
public sealed class WriteAroundTheDisclosure(FourfoldDbContext db, DisclosureDoor door, CaseDoor.CaseAccess cases, FullDisclosureStore store, AuditedChanges changes, ReaderNotices notices, IClock clock)
{
    public async Task<DisclosureOutcome> ExecuteAsync(Guid disclosureId, ItemKind? kind, string? text, IReadOnlyCollection<CaseRole> audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var now = clock.GetCurrentInstant();
        if (await door.OpenAsync(disclosureId, AuditAction.FullDisclosureMoved, cancellationToken) is not var (process, context)
            || await cases.AuthorAsync(process.CaseId, now, cancellationToken) is not { } loaded)
        {
            return DisclosureOutcome.NotFound;
        }

        if (DisclosureWriting.Check(loaded.Context, process, kind, text, audience) is { Count: > 0 } problems)
        {
            return DisclosureOutcome.Invalid(problems);
        }

        ClinicalItem words;
        try
        {
            words = DisclosureWriting.Write(loaded.Context, process, kind!.Value, text, audience, now);
            store.Add(words);
        }
        catch (DomainRuleViolation violation)
        {
            return DisclosureOutcome.Refused(violation.Field ?? "Text", violation.Message);
        }

        if (!await changes.SaveAsync(db, AuditAction.FullDisclosureMoved, process.CaseId, cancellationToken, ItemReadAudit.Subjects(words.Subject), words.Id.Value))
        {
            return DisclosureOutcome.Stale;
        }

        await notices.SendAsync(context, words, writer => new ReaderNotice($"{writer} wrote something for you in Fourfold",
            $"{writer} wrote something about the disclosure that is meant for you to read.", $"/cases/{process.CaseId}/disclosure"), null, cancellationToken);
        return DisclosureOutcome.Done(words.Id.Value, process.Revision);
    }
}
