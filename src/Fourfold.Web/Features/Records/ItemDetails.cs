using Fourfold.Domain.Access;
using Fourfold.Domain.Records;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// One item as its page shows it: the item, who can see it and why, its versions, and for its holder who has read it.
/// An unreadable item (its text cannot be decrypted now) comes without its text, versions or readers, and was not read.
/// </summary>
public sealed record ItemDetails(
    CaseReadContext Context,
    ItemView Item,
    AccessVerdict.Allowed Verdict,
    IReadOnlyList<VisibilityLine> Visibility,
    IReadOnlyList<ItemVersion> Versions,
    IReadOnlyList<ItemRead>? Readers,
    bool IsUnreadable = false)
{
    public bool IsHolder => Item.Holder == Context.Reader.Person;
}

/// <summary>One read of an item by someone other than its holder.</summary>
public sealed record ItemRead(string Name, NodaTime.Instant At);
