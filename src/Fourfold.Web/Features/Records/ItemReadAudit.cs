using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// Writes the audit events of reads: one per item shown, all of a page in one grouped write that is committed before
/// the page is sent; and one for every refused or unknown item asked for.
/// </summary>
public sealed class ItemReadAudit(AuditTrail audit, IClock clock, IHttpContextAccessor http)
{
    /// <summary>The rule recorded when an id names no item the reader's cases hold.</summary>
    public const string UnknownItem = "UnknownItem";

    public Task ReadAsync(PersonId reader, IReadOnlyList<(ItemFacts Item, AccessVerdict.Allowed Verdict)> reads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        var now = clock.GetCurrentInstant();
        var address = Address();
        return audit.RecordAsync(
            reads.Select(read => new AuditEntry(now, reader, AuditAction.ReadItem, AuditOutcome.Succeeded, read.Item.CaseId, read.Item.ItemId,
                Subjects(read.Item.Subject), read.Verdict.Rule.ToString(), string.Join(',', read.Verdict.Authorizations), address)).ToList(),
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
