namespace Fourfold.Domain.Cases;

/// <summary>Which of the two partners of a case someone is.</summary>
public enum PartnerRole
{
    BetrayedPartner = 1,
    InvolvedPartner = 2,
}
