namespace Fourfold.Data.Audit;

/// <summary>
/// "Who has read it" by item: one row per item read, naming the chained event that records the read. Derived from the
/// events and written in their transaction, so that an item page finds its readers without scanning the case's
/// page reads; the event, not this row, is the record. Keyed by case first: a page read records fifty items of one
/// case, mostly neighbours in time, so its rows land on a few index pages rather than fifty scattered ones.
/// </summary>
public sealed class AuditItemReadRecord
{
    /// <summary>The case of the event's read, named as in the events so that this derived row stays outside the tenant filter like them.</summary>
    public Guid AuditedCaseId { get; set; }

    public Guid ItemId { get; set; }

    public long Sequence { get; set; }
}
