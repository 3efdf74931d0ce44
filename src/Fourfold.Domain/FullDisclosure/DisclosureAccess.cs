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

    private static readonly Audience ThePausersSideAndTheProfessionals =
        Audience.Of(CaseRole.BetrayedPartner, CaseRole.SupportOfBetrayedPartner, CaseRole.SupportOfInvolvedPartner, CaseRole.CouplesTherapist);

    public static ItemFacts FactsFor(DisclosureProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return new ItemFacts(process.Id, process.CaseId, process.StartedBy, process.StartedBy, ItemSubject.Couple, Category.DisclosureMaterial, WholeTeam);
    }

    /// <summary>
    /// A pause's reason is the betrayed partner's own words: theirs, for their side and the professionals on the team;
    /// the involved partner sees only that the disclosure is paused.
    /// </summary>
    public static ItemFacts ReasonFacts(DisclosureProcess process, DisclosureStep pause)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(pause);
        return new ItemFacts(pause.Id, process.CaseId, pause.By, pause.By, ItemSubject.BetrayedPartner, Category.DisclosureMaterial, ThePausersSideAndTheProfessionals);
    }
}
