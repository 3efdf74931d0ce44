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
        ItemKind.HistoryEntry or ItemKind.MeetingPreparation or ItemKind.MeetingAnswer => Category.PlanAndProgress,
        ItemKind.SessionSummary => Category.SessionSummary,
        ItemKind.ProgressNote => Category.ProgressNote,
        ItemKind.AssessmentSummary => Category.AssessmentSummary,
        ItemKind.PsychotherapyNote => Category.PsychotherapyNote,
        ItemKind.Boundary or ItemKind.RelapseDefinition or ItemKind.DisclosureCommitment or ItemKind.DisclosureLogEntry
            or ItemKind.CheckIn or ItemKind.Homework or ItemKind.HomeworkLog or ItemKind.AgendaTopic or ItemKind.Reply => Category.AgreementsAndCheckIns,
        ItemKind.DisclosureQuestion or ItemKind.WrittenDisclosure or ItemKind.DisclosureSafetyPlan or ItemKind.DisclosureDebrief
            or ItemKind.ImpactStatement or ItemKind.AmendsLetter => Category.DisclosureMaterial,
    };

    /// <summary>Whether an item is written and changed only through its own workflow (agreements, the disclosure log, check-ins, homework, the full disclosure, meeting the other partner's therapist).</summary>
    public static bool HasItsOwnWorkflow(this ItemKind kind) => !Written.Contains(kind);

    /// <summary>What authors write through the story's own form; agreements are written through their workflow.</summary>
    public static IReadOnlyList<ItemKind> Written { get; } =
        [ItemKind.HistoryEntry, ItemKind.SessionSummary, ItemKind.ProgressNote, ItemKind.AssessmentSummary, ItemKind.PsychotherapyNote];

    public static string Describe(this ItemKind kind) => kind switch
    {
        ItemKind.HistoryEntry => "History entry",
        ItemKind.SessionSummary => "Session summary",
        ItemKind.ProgressNote => "Progress note",
        ItemKind.AssessmentSummary => "Assessment summary",
        ItemKind.PsychotherapyNote => "Psychotherapy note",
        ItemKind.Boundary => "Boundary",
        ItemKind.RelapseDefinition => "Relapse definition",
        ItemKind.DisclosureCommitment => "Disclosure commitment",
        ItemKind.DisclosureLogEntry => "Disclosure log",
        ItemKind.CheckIn => "Check-in",
        ItemKind.Homework => "Homework",
        ItemKind.HomeworkLog => "How the homework went",
        ItemKind.AgendaTopic => "For the next joint session",
        ItemKind.Reply => "Reply",
        ItemKind.DisclosureQuestion => "Question for the disclosure",
        ItemKind.WrittenDisclosure => "Written disclosure",
        ItemKind.MeetingPreparation => "Preparing to meet the other partner's therapist",
        ItemKind.MeetingAnswer => "After meeting the other partner's therapist",
        ItemKind.DisclosureSafetyPlan => "Safety plan for the disclosure",
        ItemKind.DisclosureDebrief => "After the disclosure",
        ItemKind.ImpactStatement => "Impact statement",
        ItemKind.AmendsLetter => "Letter of amends",
    };
}
