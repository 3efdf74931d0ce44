namespace Fourfold.Domain.Accountability;

/// <summary>The two check-ins a couple keeps between sessions.</summary>
public enum CheckInKind
{
    /// <summary>FANOS: feelings, appreciation, needs, ownership, sobriety or steps.</summary>
    Couple = 1,

    /// <summary>The betrayed partner's: how safe I feel from 0 to 10, and what would help.</summary>
    Safety = 2,
}
