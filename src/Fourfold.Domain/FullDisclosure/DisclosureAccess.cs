using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;

namespace Fourfold.Domain.FullDisclosure;

/// <summary>
/// Where the disclosure stands (its plan, its dated steps, any pause and its reason) is the couple's disclosure
/// material, held by the professional who started it and meant for the whole team: both partners read it, and each
/// professional reads it with both partners' authorizations covering disclosure material, as for any item about the
/// couple.
/// </summary>
public static class DisclosureAccess
{
    private static readonly Audience WholeTeam = Audience.Of(Enum.GetValues<CaseRole>());

    public static ItemFacts FactsFor(DisclosureProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return new ItemFacts(process.Id, process.CaseId, process.StartedBy, process.StartedBy, ItemSubject.Couple, Category.DisclosureMaterial, WholeTeam);
    }
}
