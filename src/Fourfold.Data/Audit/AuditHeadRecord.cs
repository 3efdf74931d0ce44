namespace Fourfold.Data.Audit;

/// <summary>The single row that records where the audit chain ends, with a MAC; it reveals a truncated tail.</summary>
public sealed class AuditHeadRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long Sequence { get; set; }

    public string Hash { get; set; } = "";

    public string Mac { get; set; } = "";
}
