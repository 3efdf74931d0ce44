using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;

namespace Fourfold.Web.Features.Records;

/// <summary>Where a record kept through its own workflow is read and moved on, instead of the story's edit form.</summary>
public static class WorkflowPages
{
    public static (string Href, string Label)? Of(ItemKind kind, CaseId caseId, Guid id) => kind switch
    {
        ItemKind.Boundary or ItemKind.RelapseDefinition or ItemKind.DisclosureCommitment => ($"/agreements/{id}", "Where this agreement stands"),
        ItemKind.DisclosureLogEntry => ($"/cases/{caseId}/disclosures", "The disclosure log"),
        ItemKind.CheckIn => ($"/cases/{caseId}/check-ins", "Check-ins"),
        ItemKind.Homework or ItemKind.HomeworkLog => ($"/cases/{caseId}/homework", "Homework"),
        ItemKind.AgendaTopic => ($"/cases/{caseId}/joint-session", "The next joint session"),
        ItemKind.Reply => ($"/cases/{caseId}", "Back to the case"),
        ItemKind.DisclosureQuestion or ItemKind.WrittenDisclosure or ItemKind.DisclosureSafetyPlan or ItemKind.DisclosureDebrief or ItemKind.ImpactStatement or ItemKind.AmendsLetter
            => ($"/cases/{caseId}/disclosure", "The full disclosure"),
        ItemKind.MeetingPreparation or ItemKind.MeetingAnswer => ($"/cases/{caseId}/meetings", "Meeting the other partner's therapist"),
        ItemKind.HistoryEntry or ItemKind.SessionSummary or ItemKind.ProgressNote or ItemKind.AssessmentSummary or ItemKind.PsychotherapyNote => null,
    };
}
