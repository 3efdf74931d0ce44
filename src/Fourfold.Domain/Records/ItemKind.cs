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
}
