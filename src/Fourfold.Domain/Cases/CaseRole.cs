namespace Fourfold.Domain.Cases;

/// <summary>
/// A person's role in one case. A professional may hold more than one; a partner holds exactly their partner role.
/// Audiences and authorization recipients are sets of these roles.
/// </summary>
public enum CaseRole
{
    BetrayedPartner = 1,
    InvolvedPartner = 2,
    SupportOfBetrayedPartner = 3,
    SupportOfInvolvedPartner = 4,
    CouplesTherapist = 5,
}
