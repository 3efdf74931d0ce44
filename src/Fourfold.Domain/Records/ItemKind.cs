namespace Fourfold.Domain.Records;

/// <summary>What an author writes into the case's story.</summary>
public enum ItemKind
{
    /// <summary>What happened and when, written by a partner or a professional.</summary>
    HistoryEntry = 1,
    SessionSummary = 2,
    ProgressNote = 3,

    /// <summary>The assessment used and its conclusions.</summary>
    AssessmentSummary = 4,

    /// <summary>The therapist's own notes, stored apart and readable by them alone.</summary>
    PsychotherapyNote = 5,

    /// <summary>A boundary the partners agreed, or one proposed and waiting for an answer.</summary>
    Boundary = 6,

    /// <summary>One tier of what the couple counts as a slip, a relapse, or a pattern needing a new plan.</summary>
    RelapseDefinition = 7,

    /// <summary>For a behaviour or kind of event: who is told, and how soon.</summary>
    DisclosureCommitment = 8,

    /// <summary>An entry of the disclosure log: something told under a commitment, or discovered and not disclosed.</summary>
    DisclosureLogEntry = 9,

    /// <summary>A partner's couple check-in or safety check-in, for those they picked.</summary>
    CheckIn = 10,

    /// <summary>Homework a professional set in a joint session.</summary>
    Homework = 11,

    /// <summary>A partner's note of how a piece of homework went.</summary>
    HomeworkLog = 12,

    /// <summary>What a partner brings to the next joint session: a topic, or how it felt.</summary>
    AgendaTopic = 13,

    /// <summary>A partner's reply: how a disclosure landed, or an answer to the other partner's check-in or reply.</summary>
    Reply = 14,

    /// <summary>A question the betrayed partner needs the full disclosure to answer.</summary>
    DisclosureQuestion = 15,

    /// <summary>A draft of the involved partner's written full disclosure.</summary>
    WrittenDisclosure = 16,

    /// <summary>What a partner prepares to ask, and the concerns they send, before meeting the other partner's therapist.</summary>
    MeetingPreparation = 17,

    /// <summary>What the other partner's therapist writes back after such a meeting, about their client.</summary>
    MeetingAnswer = 18,

    /// <summary>The betrayed partner's plan for the day of the disclosure: who they call afterwards, what they need.</summary>
    DisclosureSafetyPlan = 19,

    /// <summary>How the disclosure went, written afterwards by a partner or a professional.</summary>
    DisclosureDebrief = 20,

    /// <summary>The betrayed partner's impact statement, prepared with their support.</summary>
    ImpactStatement = 21,

    /// <summary>The involved partner's letter of amends.</summary>
    AmendsLetter = 22,
}
