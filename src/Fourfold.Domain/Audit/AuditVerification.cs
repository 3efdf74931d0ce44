namespace Fourfold.Domain.Audit;

/// <summary>The result of checking the chain: how many events were checked, and the first bad one if any.</summary>
public sealed record AuditVerification(long Checked, long? FirstBadSequence, string? Problem)
{
    public bool IsIntact => Problem is null;
}
