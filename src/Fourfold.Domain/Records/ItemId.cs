using Fourfold.Domain.Common;

namespace Fourfold.Domain.Records;

/// <summary>
/// An item of the story, and the workflow row kept beside it under the same id (an agreement, a check-in, a reply...).
/// Time-ordered (UUID version 7), so the newest item has the greatest id.
/// </summary>
public readonly record struct ItemId(Guid Value) : IStrongId<ItemId>, IComparable<ItemId>
{
    public static ItemId New() => new(Guid.CreateVersion7());

    public static ItemId From(Guid value) => new(value);

    public int CompareTo(ItemId other) => Value.CompareTo(other.Value);

    public static bool operator <(ItemId left, ItemId right) => left.CompareTo(right) < 0;

    public static bool operator <=(ItemId left, ItemId right) => left.CompareTo(right) <= 0;

    public static bool operator >(ItemId left, ItemId right) => left.CompareTo(right) > 0;

    public static bool operator >=(ItemId left, ItemId right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value.ToString();
}
