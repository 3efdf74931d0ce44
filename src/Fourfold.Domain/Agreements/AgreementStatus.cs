namespace Fourfold.Domain.Agreements;

/// <summary>Where an agreement stands: its latest proposal waiting for an answer, or agreed, or set aside by both, or taken back before it was agreed.</summary>
public enum AgreementStatus
{
    /// <summary>Proposed by one partner (a new agreement, or a change to one in force), waiting for the other.</summary>
    Requested = 1,

    /// <summary>The other partner would like to talk it through in the next joint session first.</summary>
    Discussing = 2,

    /// <summary>The other partner answered with a proposal of their own, which the first now answers.</summary>
    CounterProposed = 3,

    Agreed = 4,

    /// <summary>Set aside by both partners: no longer in force, kept in the story.</summary>
    Retired = 5,

    /// <summary>Taken back by the partner who proposed it, before it was ever agreed.</summary>
    Withdrawn = 6,
}
