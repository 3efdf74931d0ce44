using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// Writes the audit events of reads: one for an item page; one for a page of the timeline, listing every item it
/// shows with the rule that allowed it, committed before the page is sent; and one for every refused or unknown item
/// asked for.
/// </summary>
public sealed class ItemReadAudit(AuditTrail audit, IClock clock, IHttpContextAccessor http)
{
    /// <summary>The rule recorded when an id names no item the reader's cases hold.</summary>
    public const string UnknownItem = "UnknownItem";

    public Task ReadAsync(PersonId reader, ItemFacts item, AccessVerdict.Allowed verdict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(verdict);
        return audit.RecordAsync(
            new AuditEntry(clock.GetCurrentInstant(), reader, AuditAction.ReadItem, AuditOutcome.Succeeded, item.CaseId, item.ItemId,
                Subjects(item.Subject), verdict.Rule.ToString(), string.Join(',', verdict.Authorizations), Address()),
            cancellationToken);
    }

    public Task PageReadAsync(PersonId reader, CaseId caseId, IReadOnlyList<(ItemFacts Item, AccessVerdict.Allowed Verdict)> reads, CancellationToken cancellationToken) =>
        ListedReadAsync(AuditAction.ReadItems, reader, caseId, reads, cancellationToken);

    /// <summary>Titles shown without the items being opened: recorded, but not as anyone opening them.</summary>
    public Task TitlesReadAsync(PersonId reader, CaseId caseId, IReadOnlyList<(ItemFacts Item, AccessVerdict.Allowed Verdict)> reads, CancellationToken cancellationToken) =>
        ListedReadAsync(AuditAction.ReadItemTitles, reader, caseId, reads, cancellationToken);

    private Task ListedReadAsync(AuditAction action, PersonId reader, CaseId caseId, IReadOnlyList<(ItemFacts Item, AccessVerdict.Allowed Verdict)> reads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        if (reads.Count == 0)
        {
            return Task.CompletedTask;
        }

        var items = reads.Select(read => new AuditedRead(read.Item.ItemId, Subjects(read.Item.Subject), read.Verdict.Rule.ToString(),
            string.Join(',', read.Verdict.Authorizations))).ToList();
        return audit.RecordAsync(
            new AuditEntry(clock.GetCurrentInstant(), reader, action, AuditOutcome.Succeeded, caseId, null,
                AuditedReads.Union(items.Select(i => i.Subjects)), "", "", Address(),
                AuditedReads.Format(items)),
            cancellationToken);
    }

    public Task DeniedAsync(PersonId? reader, Guid itemId, CaseId? caseId, ItemSubject? subject, string reason, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            new AuditEntry(clock.GetCurrentInstant(), reader, AuditAction.ReadDenied, AuditOutcome.Denied, caseId, itemId,
                subject is { } s ? Subjects(s) : "", reason, "", Address()),
            cancellationToken);

    /// <summary>A timeline asked of a case the reader is neither on nor administers: answered 404, and recorded.</summary>
    public Task CaseDeniedAsync(PersonId? reader, CaseId caseId, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            new AuditEntry(clock.GetCurrentInstant(), reader, AuditAction.ReadDenied, AuditOutcome.Denied, caseId, Rule: nameof(DenialReason.NotOnCase), ClientAddress: Address()),
            cancellationToken);

    /// <summary>The partners an item is about, as the audit trail names them.</summary>
    public static string Subjects(ItemSubject subject) => string.Join(',', AccessDecision.SubjectPartnersOf(subject));

    private string Address() => http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "";
}
