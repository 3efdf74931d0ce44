using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Agreements;

/// <summary>
/// Records an entry of the disclosure log, judged on time or late against the commitment in force, saved with its
/// words and its audit event; then tells each person on the team who may now read it, by an email that says nothing
/// of what it is about.
/// </summary>
public sealed class RecordDisclosure(FourfoldDbContext db, CaseDoor.CaseAccess door, ItemStore items, DisclosureStore store, AuditedChanges changes, ReaderNotices notices, IClock clock)
{
    public async Task<DisclosureChange> ExecuteAsync(CaseId caseId, DisclosureDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetCurrentInstant();
        var context = await door.ViewAsync(caseId, cancellationToken);
        if (context is null || await door.AuthorAsync(caseId, now, cancellationToken) is not { } loaded)
        {
            await changes.RefusedAsync(db, AuditAction.DisclosureRecorded, caseId, null, nameof(DenialReason.NotOnCase), cancellationToken);
            return DisclosureChange.NotFound;
        }

        var commitment = draft.CommitmentId is { } id ? await store.CommitmentAsync(caseId, id, cancellationToken) : null;
        var commitmentItem = commitment is null ? null : await CommitmentWordsAsync(commitment.Id, context, now, cancellationToken);
        if (commitmentItem is null)
        {
            // A commitment the recorder may not read is as good as none.
            commitment = null;
        }

        var problems = Disclosure.Check(loaded.Context, draft, commitment);
        if (problems.Count > 0)
        {
            return DisclosureChange.Invalid(problems);
        }

        Disclosure disclosure;
        ClinicalItem words;
        try
        {
            (disclosure, words) = Disclosure.Record(loaded.Context, draft, commitment, now);
            store.Add(disclosure, words);
        }
        catch (DomainRuleViolation violation)
        {
            return DisclosureChange.Refused(violation.Field ?? nameof(DisclosureDraft.What), violation.Message);
        }

        if (!await changes.SaveAsync(db, AuditAction.DisclosureRecorded, caseId, cancellationToken, ItemReadAudit.Subjects(ItemSubject.InvolvedPartner), disclosure.Id.Value))
        {
            return DisclosureChange.Refused(nameof(DisclosureDraft.What), AuditedChanges.ConflictMessage);
        }

        await NotifyAsync(context, words, cancellationToken);
        return DisclosureChange.Saved(disclosure);
    }

    private async Task<ItemView?> CommitmentWordsAsync(ItemId id, CaseReadContext context, Instant now, CancellationToken cancellationToken)
    {
        var row = await items.ViewOfAsync(id, cancellationToken);
        return row is not null && AccessDecision.Decide(context.Reader, row.Facts, context.State, now) is AccessVerdict.Allowed ? items.TryDecrypted(row) : null;
    }

    private Task NotifyAsync(CaseReadContext context, ClinicalItem words, CancellationToken cancellationToken) =>
        notices.SendAsync(context, words, recorder => new ReaderNotice($"{recorder} recorded something for you in Fourfold",
            $"{recorder} recorded something in Fourfold that is meant for you to read.", $"/cases/{context.Case.Id}"), null, cancellationToken);
}

/// <summary>What recording a disclosure came to: saved, refused field by field, or not found.</summary>
public sealed record DisclosureChange(OutcomeKind Kind, ItemId? Id = null, Timeliness? Timeliness = null, IReadOnlyDictionary<string, string>? Problems = null)
{
    public static DisclosureChange NotFound { get; } = new(OutcomeKind.NotFound);

    public static DisclosureChange Saved(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return new(OutcomeKind.Done, disclosure.Id, disclosure.Timeliness);
    }

    public static DisclosureChange Invalid(IReadOnlyDictionary<string, string> problems) => new(OutcomeKind.Refused, Problems: problems);

    public static DisclosureChange Refused(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });
}
