namespace Fourfold.Domain.Policies;

/// <summary>The couples therapist's stance on what a partner says in an individual session with them.</summary>
public enum ConfidentialityPolicy
{
    /// <summary>May be brought into joint sessions: such items are the couple's.</summary>
    NoSecrets = 1,

    /// <summary>The couples therapist decides, item by item, what is brought into joint work.</summary>
    Discretion = 2,

    /// <summary>Stays with the partner who said it.</summary>
    Confidential = 3,
}
