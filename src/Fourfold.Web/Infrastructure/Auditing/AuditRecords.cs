using Fourfold.Data.Audit;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;

namespace Fourfold.Web.Infrastructure.Auditing;

/// <summary>Maps sealed audit events to their stored rows and back.</summary>
internal static class AuditRecords
{
    public static AuditEventRecord ToRecord(SealedAuditEvent sealedEvent) => new()
    {
        Sequence = sealedEvent.Sequence,
        At = sealedEvent.Entry.At,
        ActorId = sealedEvent.Entry.Actor?.Value,
        Action = sealedEvent.Entry.Action.ToString(),
        Outcome = sealedEvent.Entry.Outcome.ToString(),
        AuditedCaseId = sealedEvent.Entry.CaseId?.Value,
        ItemId = sealedEvent.Entry.ItemId,
        Subjects = sealedEvent.Entry.Subjects,
        Rule = sealedEvent.Entry.Rule,
        Authorizations = sealedEvent.Entry.Authorizations,
        ClientAddress = sealedEvent.Entry.ClientAddress,
        Items = sealedEvent.Entry.Items,
        PreviousHash = sealedEvent.PreviousHash,
        Hash = sealedEvent.Hash,
    };

    /// <summary>"Who has read it" rows for an event: one per item it records as read.</summary>
    public static IEnumerable<AuditItemReadRecord> ItemReads(SealedAuditEvent sealedEvent) => sealedEvent.Entry switch
    {
        { Action: AuditAction.ReadItem, Outcome: AuditOutcome.Succeeded, CaseId: { } itemCase, ItemId: { } item } =>
            [new AuditItemReadRecord { AuditedCaseId = itemCase.Value, ItemId = item, Sequence = sealedEvent.Sequence }],
        { Action: AuditAction.ReadItems, Outcome: AuditOutcome.Succeeded, CaseId: { } pageCase } page =>
            AuditedReads.Parse(page.Items).Select(read => new AuditItemReadRecord { AuditedCaseId = pageCase.Value, ItemId = read.ItemId, Sequence = sealedEvent.Sequence }),
        _ => [],
    };

    /// <summary>A row as stored; a value that no longer parses is kept as an impossible one, so that verification reports it.</summary>
    public static SealedAuditEvent FromRecord(AuditEventRecord record) => new(
        record.Sequence,
        new AuditEntry(
            record.At,
            record.ActorId is { } actor ? PersonId.From(actor) : null,
            Enum.TryParse<AuditAction>(record.Action, out var action) ? action : 0,
            Enum.TryParse<AuditOutcome>(record.Outcome, out var outcome) ? outcome : 0,
            record.AuditedCaseId is { } caseId ? CaseId.From(caseId) : null,
            record.ItemId,
            record.Subjects,
            record.Rule,
            record.Authorizations,
            record.ClientAddress,
            record.Items),
        record.PreviousHash,
        record.Hash);
}
