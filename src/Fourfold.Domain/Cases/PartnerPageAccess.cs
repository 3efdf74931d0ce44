namespace Fourfold.Domain.Cases;

/// <summary>
/// Who may open a partner's own page in a case: that partner, their individual supports and the couples therapist.
/// The other partner may not, nor may a practice administrator: for them the page does not exist.
/// </summary>
public static class PartnerPageAccess
{
    public static bool MayView(IReadOnlySet<CaseRole> readerRoles, PartnerRole partner)
    {
        ArgumentNullException.ThrowIfNull(readerRoles);
        return readerRoles.Contains(partner.AsCaseRole())
            || readerRoles.Contains(partner.SupportRole())
            || readerRoles.Contains(CaseRole.CouplesTherapist);
    }
}
