namespace Fourfold.Domain.Accountability;

/// <summary>What a partner brings to the next joint session.</summary>
public enum AgendaTopicKind
{
    /// <summary>A topic to talk about, seen by everyone who takes part in joint sessions.</summary>
    Topic = 1,

    /// <summary>How it felt while the other partner had an individual session with the couples therapist: private, or for the couples therapist.</summary>
    HowItFelt = 2,
}
