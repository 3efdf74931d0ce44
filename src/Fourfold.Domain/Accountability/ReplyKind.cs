namespace Fourfold.Domain.Accountability;

/// <summary>What a reply is to the record it answers.</summary>
public enum ReplyKind
{
    /// <summary>The betrayed partner's note of how a disclosure landed, kept private or shared with people she picks.</summary>
    HowItLanded = 1,

    /// <summary>A partner's answer to a check-in or note the other partner shared with them.</summary>
    Answer = 2,
}
