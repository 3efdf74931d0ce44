namespace Fourfold.Domain.Audit;

/// <summary>An audit entry in its place in the chain: its sequence number, the previous event's hash, and its own.</summary>
public sealed record SealedAuditEvent(long Sequence, AuditEntry Entry, string PreviousHash, string Hash);
