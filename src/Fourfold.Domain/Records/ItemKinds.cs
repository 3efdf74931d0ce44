using Fourfold.Domain.Access;

namespace Fourfold.Domain.Records;

public static class ItemKinds
{
    /// <summary>
    /// The category each kind is released under. A history entry is part of the story of the recovery, so it travels
    /// with the plan and progress.
    /// </summary>
    public static Category CategoryOf(this ItemKind kind) => kind switch
    {
        ItemKind.HistoryEntry => Category.PlanAndProgress,
        ItemKind.SessionSummary => Category.SessionSummary,
        ItemKind.ProgressNote => Category.ProgressNote,
        ItemKind.AssessmentSummary => Category.AssessmentSummary,
        ItemKind.PsychotherapyNote => Category.PsychotherapyNote,
    };

    public static string Describe(this ItemKind kind) => kind switch
    {
        ItemKind.HistoryEntry => "History entry",
        ItemKind.SessionSummary => "Session summary",
        ItemKind.ProgressNote => "Progress note",
        ItemKind.AssessmentSummary => "Assessment summary",
        ItemKind.PsychotherapyNote => "Psychotherapy note",
    };
}
