using NodaTime;

namespace Fourfold.Data.Audit;

/// <summary>
/// A stored audit event: append-only, never filtered by tenant (only the system writer adds to it, and the queries that
/// read it name the person or case they read for). On PostgreSQL the application may not update or delete it.
/// </summary>
public sealed class AuditEventRecord
{
    public long Sequence { get; set; }

    public Instant At { get; set; }

    public Guid? ActorId { get; set; }

    public string Action { get; set; } = "";

    public string Outcome { get; set; } = "";

    public Guid? AuditedCaseId { get; set; }

    public Guid? ItemId { get; set; }

    public string Subjects { get; set; } = "";

    public string Rule { get; set; } = "";

    public string Authorizations { get; set; } = "";

    public string ClientAddress { get; set; } = "";

    /// <summary>The items of a page read (<c>AuditedReads</c>); empty for every other event.</summary>
    public string Items { get; set; } = "";

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
