using System.Text;
using Fourfold.Domain.Cases;

namespace Fourfold.Domain.FullDisclosure;

/// <summary>
/// Every step a full therapeutic disclosure may take, and who takes it. The team plans; the betrayed partner's support
/// passes their questions on; the involved partner and their therapist write and send the draft for review; the review
/// ends only with the draft approved by the involved partner's therapist and readiness confirmed by the betrayed
/// partner's support; a polygraph planned before the disclosure comes between the review and the booking, one planned
/// after comes between the disclosure and the impact statement.
/// </summary>
public static class DisclosureTransitions
{
    private static readonly IReadOnlySet<CaseRole> Professionals = new HashSet<CaseRole> { CaseRole.CouplesTherapist, CaseRole.SupportOfInvolvedPartner, CaseRole.SupportOfBetrayedPartner };

    public static IReadOnlyList<DisclosureTransition> All { get; } =
    [
        new(DisclosureStage.Planning, DisclosureStage.Questions, Professionals, DisclosureCondition.PlanSettled),
        new(DisclosureStage.Questions, DisclosureStage.Drafting, new HashSet<CaseRole> { CaseRole.SupportOfBetrayedPartner }, DisclosureCondition.None),
        new(DisclosureStage.Drafting, DisclosureStage.Review, new HashSet<CaseRole> { CaseRole.InvolvedPartner, CaseRole.SupportOfInvolvedPartner }, DisclosureCondition.DraftWritten),
        new(DisclosureStage.Review, DisclosureStage.Drafting, new HashSet<CaseRole> { CaseRole.SupportOfInvolvedPartner, CaseRole.SupportOfBetrayedPartner }, DisclosureCondition.None),
        new(DisclosureStage.Review, DisclosureStage.Polygraph, Professionals, DisclosureCondition.ApprovedAndReadyWithPolygraphFirst),
        new(DisclosureStage.Review, DisclosureStage.Scheduled, Professionals, DisclosureCondition.ApprovedReadyAndBooked),
        new(DisclosureStage.Polygraph, DisclosureStage.Scheduled, Professionals, DisclosureCondition.PolygraphRecordedAndBooked),
        new(DisclosureStage.Scheduled, DisclosureStage.Disclosed, Professionals, DisclosureCondition.None),
        new(DisclosureStage.Disclosed, DisclosureStage.Polygraph, Professionals, DisclosureCondition.PolygraphAfter),
        new(DisclosureStage.Disclosed, DisclosureStage.ImpactStatement, Professionals, DisclosureCondition.NoPolygraphAfter),
        new(DisclosureStage.Polygraph, DisclosureStage.ImpactStatement, Professionals, DisclosureCondition.PolygraphRecorded),
        new(DisclosureStage.ImpactStatement, DisclosureStage.Restitution, new HashSet<CaseRole> { CaseRole.BetrayedPartner, CaseRole.SupportOfBetrayedPartner, CaseRole.CouplesTherapist }, DisclosureCondition.None),
        new(DisclosureStage.Restitution, DisclosureStage.Complete, new HashSet<CaseRole> { CaseRole.CouplesTherapist, CaseRole.SupportOfInvolvedPartner }, DisclosureCondition.None),
    ];

    public static IEnumerable<DisclosureTransition> From(DisclosureStage stage) => All.Where(t => t.From == stage);

    /// <summary>The table as a Mermaid state diagram, as docs/disclosure.md shows it.</summary>
    public static string Mermaid()
    {
        var text = new StringBuilder();
        text.Append("stateDiagram-v2\n");
        text.Append("    [*] --> Planning\n");
        foreach (var step in All)
        {
            var who = string.Join(", ", step.Movers.Order().Select(Short));
            var when = step.Condition == DisclosureCondition.None ? "" : $" · when {Describe(step.Condition)}";
            text.Append($"    {step.From} --> {step.To}: {who}{when}\n");
        }

        text.Append("    Complete --> [*]\n");
        return text.ToString();
    }

    private static string Short(CaseRole role) => role switch
    {
        CaseRole.BetrayedPartner => "betrayed partner",
        CaseRole.InvolvedPartner => "involved partner",
        CaseRole.SupportOfBetrayedPartner => "betrayed partner's support",
        CaseRole.SupportOfInvolvedPartner => "involved partner's therapist",
        CaseRole.CouplesTherapist => "couples therapist",
    };

    private static string Describe(DisclosureCondition condition) => condition switch
    {
        DisclosureCondition.None => "",
        DisclosureCondition.PlanSettled => "plan settled",
        DisclosureCondition.DraftWritten => "a draft written",
        DisclosureCondition.ApprovedAndReadyWithPolygraphFirst => "approved, ready, polygraph before",
        DisclosureCondition.ApprovedReadyAndBooked => "approved, ready, session booked, no polygraph before",
        DisclosureCondition.PolygraphRecordedAndBooked => "result recorded, session booked",
        DisclosureCondition.PolygraphAfter => "polygraph after",
        DisclosureCondition.NoPolygraphAfter => "no polygraph after",
        DisclosureCondition.PolygraphRecorded => "result recorded",
    };
}
