namespace Fourfold.Domain.Agreements;

/// <summary>How a disclosure stands against the commitment it was made under.</summary>
public enum Timeliness
{
    OnTime = 1,
    Late = 2,

    /// <summary>Found out another way and not told; recorded by a professional, with the partner's knowledge.</summary>
    DiscoveredNotDisclosed = 3,
}
