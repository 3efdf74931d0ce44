using Fourfold.Domain.Records;

namespace Fourfold.Domain.Agreements;

/// <summary>What a couple agrees on: a boundary, a tier of what counts as a relapse, or a commitment to tell.</summary>
public enum AgreementKind
{
    Boundary = 1,
    RelapseDefinition = 2,
    DisclosureCommitment = 3,
}

public static class AgreementKinds
{
    /// <summary>The item kind that carries the agreement's words in the story.</summary>
    public static ItemKind AsItemKind(this AgreementKind kind) => kind switch
    {
        AgreementKind.Boundary => ItemKind.Boundary,
        AgreementKind.RelapseDefinition => ItemKind.RelapseDefinition,
        AgreementKind.DisclosureCommitment => ItemKind.DisclosureCommitment,
    };

    public static AgreementKind? AsAgreementKind(this ItemKind kind) => kind switch
    {
        ItemKind.Boundary => AgreementKind.Boundary,
        ItemKind.RelapseDefinition => AgreementKind.RelapseDefinition,
        ItemKind.DisclosureCommitment => AgreementKind.DisclosureCommitment,
        ItemKind.HistoryEntry or ItemKind.SessionSummary or ItemKind.ProgressNote or ItemKind.AssessmentSummary or ItemKind.PsychotherapyNote or ItemKind.DisclosureLogEntry
            or ItemKind.CheckIn or ItemKind.Homework or ItemKind.HomeworkLog or ItemKind.AgendaTopic or ItemKind.Reply
            or ItemKind.DisclosureQuestion or ItemKind.WrittenDisclosure or ItemKind.MeetingPreparation or ItemKind.MeetingAnswer
            or ItemKind.DisclosureSafetyPlan or ItemKind.DisclosureDebrief or ItemKind.ImpactStatement or ItemKind.AmendsLetter => null,
    };

    public static string Describe(this AgreementKind kind) => kind switch
    {
        AgreementKind.Boundary => "Boundary",
        AgreementKind.RelapseDefinition => "Relapse definition",
        AgreementKind.DisclosureCommitment => "Disclosure commitment",
    };
}
