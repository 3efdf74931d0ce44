namespace Fourfold.Domain.FullDisclosure;

/// <summary>Where a full therapeutic disclosure stands, in the order the team takes it.</summary>
public enum DisclosureStage
{
    /// <summary>Who is present, where, in person or online, whether there is a polygraph and when, the target date.</summary>
    Planning = 1,

    /// <summary>The betrayed partner writes the questions they need answered, with their own therapist or coach.</summary>
    Questions = 2,

    /// <summary>The involved partner writes the disclosure with their therapist, draft by draft.</summary>
    Drafting = 3,

    /// <summary>The involved partner's therapist approves the draft; the betrayed partner's support confirms they are ready.</summary>
    Review = 4,

    /// <summary>The disclosure session is booked.</summary>
    Scheduled = 5,

    /// <summary>The disclosure has been given in its session.</summary>
    Disclosed = 6,

    /// <summary>A polygraph examination, when the plan has one, and its result.</summary>
    Polygraph = 7,

    /// <summary>The betrayed partner prepares an impact statement with their support and gives it in a session.</summary>
    ImpactStatement = 8,

    /// <summary>The involved partner's letter of amends.</summary>
    Restitution = 9,

    Complete = 10,
}
