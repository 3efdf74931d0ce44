namespace Fourfold.Domain.FullDisclosure;

/// <summary>The disclosure's stages and refusals in plain words, for both partners and the team.</summary>
public static class DisclosureWording
{
    public static string Name(DisclosureStage stage) => stage switch
    {
        DisclosureStage.Planning => "Planning",
        DisclosureStage.Questions => "Questions",
        DisclosureStage.Drafting => "Writing the disclosure",
        DisclosureStage.Review => "Review",
        DisclosureStage.Scheduled => "Session booked",
        DisclosureStage.Disclosed => "Disclosure given",
        DisclosureStage.Polygraph => "Polygraph",
        DisclosureStage.ImpactStatement => "Impact statement",
        DisclosureStage.Restitution => "Letter of amends",
        DisclosureStage.Complete => "Complete",
    };

    public static string Explain(DisclosureRefusal refusal) => refusal switch
    {
        DisclosureRefusal.NotTheNextStep => "That is not the next step from where the disclosure stands now.",
        DisclosureRefusal.NotYoursToMove => "This step is taken by someone else on the team.",
        DisclosureRefusal.Paused => "The disclosure is paused. It goes on when the betrayed partner, with their therapist or coach, resumes it.",
        DisclosureRefusal.PlanNotSettled => "Settle where it happens and a target date first, and who gives the polygraph if there is one.",
        DisclosureRefusal.NoDraftYet => "There is no draft of the disclosure to review yet.",
        DisclosureRefusal.DraftNotApproved => "The involved partner's therapist has not approved the draft yet.",
        DisclosureRefusal.ReadinessNotConfirmed => "The betrayed partner's therapist or coach has not confirmed that they are ready yet.",
        DisclosureRefusal.NoSessionBooked => "Book the disclosure session first.",
        DisclosureRefusal.PolygraphResultMissing => "Record the polygraph's result first.",
        DisclosureRefusal.AlreadyComplete => "The disclosure is complete.",
        DisclosureRefusal.OnlyTheBetrayedPartnerPauses => "Only the betrayed partner can pause the disclosure.",
        DisclosureRefusal.AlreadyPaused => "The disclosure is already paused.",
        DisclosureRefusal.NotPaused => "The disclosure is not paused.",
        DisclosureRefusal.OnlyTheBetrayedPartnersSideResumes => "Only the betrayed partner, or their own therapist or coach, can resume the disclosure.",
        DisclosureRefusal.NotAtThisStage => "That cannot be recorded at this stage of the disclosure.",
        DisclosureRefusal.NotYoursToRecord => "That is recorded by someone else on the team.",
    };
}
