namespace Fourfold.Domain.Audit;

/// <summary>
/// The chain's last sequence and hash, with a MAC over both: kept apart from the events, it reveals a truncated tail,
/// which no link inside the chain can.
/// </summary>
public sealed record AuditHead(long Sequence, string Hash, string Mac);
