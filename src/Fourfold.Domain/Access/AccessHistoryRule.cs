using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Access;

/// <summary>
/// Which recorded reads "who has seen my information" lists for a partner: a read by someone else of an item about
/// them that they may read themselves now.
/// </summary>
/// <remarks>
/// The history must not reveal what a 404 hides: an item the partner may not read (a psychotherapy note above all, or
/// an entry written for someone else) is left out with every read of it. A holder or author opening what they wrote
/// is not someone "seeing" the partner's information anew, and would bury the reads that matter.
/// </remarks>
public static class AccessHistoryRule
{
    /// <summary>Whether the partner may see reads of this item at all: it is about them and they may read it now.</summary>
    public static bool MayListReadsOf(Reader partner, PartnerRole role, ItemFacts item, CaseAccessState state, Instant now)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(item);
        return item.Category != Category.PsychotherapyNote
            && AccessDecision.SubjectPartnersOf(item.Subject).Contains(role)
            && AccessDecision.Decide(partner, item, state, now) is AccessVerdict.Allowed;
    }

    /// <summary>Whether one read of such an item is listed: the reader is neither the partner nor the item's holder or author.</summary>
    public static bool ListsReadBy(PersonId readBy, Reader partner, ItemFacts item)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(item);
        return readBy != partner.Person && readBy != item.Holder && readBy != item.Author;
    }
}
