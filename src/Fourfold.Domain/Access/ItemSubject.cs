namespace Fourfold.Domain.Access;

/// <summary>Whose information an item is: one partner, or the couple (both partners).</summary>
public enum ItemSubject
{
    BetrayedPartner = 1,
    InvolvedPartner = 2,
    Couple = 3,
}
