namespace Fourfold.Domain.Accountability;

/// <summary>Whom a piece of homework is for.</summary>
public enum HomeworkFor
{
    BetrayedPartner = 1,
    InvolvedPartner = 2,
    Both = 3,
}
