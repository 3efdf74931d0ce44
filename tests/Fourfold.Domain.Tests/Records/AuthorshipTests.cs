using CsCheck;
using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Tests.Records;

public sealed class AuthorshipTests
{
    private static readonly Instant Now = CaseBuilder.Start + Duration.FromDays(10);
    private static readonly LocalDate Today = Now.InUtc().Date;

    private static AuthoringContext ContextOf(PersonId author, CouplesPolicy? policy = null, ProfessionKind? profession = ProfessionKind.Therapist)
    {
        var team = CaseBuilder.FullTeam().Build();
        var roles = team.ActiveRoles();
        return new AuthoringContext(team.Id, author, roles, profession, policy, Today);
    }

    private static CouplesPolicy Policy(ConfidentialityPolicy confidentiality, int version = 1) =>
        new(version, confidentiality, IndividualSessionPolicy.NotOffered, CaseBuilder.CouplesTherapist, CaseBuilder.Start);

    private static ItemDraft Draft(ItemKind kind, ItemSubject? subject, params CaseRole[] audience) =>
        new(kind, subject, audience, "A title", "A body", Today);

    [Fact]
    public void APartnerNeverWritesAboutTheOtherPartner_WhateverTheKindOrAudience()
    {
        Gen.Select(Gen.Bool, Gen.Enum<ItemKind>(), Gen.Enum<CaseRole>().Array[0, 5]).Sample((betrayed, kind, audience) =>
        {
            var (author, other) = betrayed
                ? (CaseBuilder.BetrayedPartner, ItemSubject.InvolvedPartner)
                : (CaseBuilder.InvolvedPartner, ItemSubject.BetrayedPartner);
            var check = Authorship.Check(ContextOf(author, profession: null), new ItemDraft(kind, other, audience.Distinct().ToList(), "t", "b", Today));
            return !check.IsValid && check.Problems.ContainsKey(nameof(ItemDraft.Subject));
        }, iter: 1000);
    }

    [Fact]
    public void AnIndividualSupportWritesAboutTheirOwnPartnerOnly()
    {
        Assert.Equal([ItemSubject.BetrayedPartner], Authorship.SubjectsFor(new HashSet<CaseRole> { CaseRole.SupportOfBetrayedPartner }));
        Assert.Equal([ItemSubject.InvolvedPartner], Authorship.SubjectsFor(new HashSet<CaseRole> { CaseRole.SupportOfInvolvedPartner }));
        Assert.Equal(Enum.GetValues<ItemSubject>(), Authorship.SubjectsFor(new HashSet<CaseRole> { CaseRole.CouplesTherapist }));
        Assert.Equal([ItemSubject.BetrayedPartner, ItemSubject.Couple], Authorship.SubjectsFor(new HashSet<CaseRole> { CaseRole.BetrayedPartner }));
    }

    [Fact]
    public void AnIndividualSessionItemIsTheCouplesUnderNoSecrets_ThePartnersUnderConfidential_AndKeepsItWhenThePolicyChanges()
    {
        Gen.Select(Gen.Enum<ConfidentialityPolicy>(), Gen.Enum<PartnerRole>(), Gen.Enum<ItemSubject>(), Gen.Enum<ConfidentialityPolicy>()).Sample((policy, partner, choice, later) =>
        {
            var draft = Draft(ItemKind.SessionSummary, choice, CaseRole.SupportOfBetrayedPartner) with { IndividualSessionWith = partner };
            var check = Authorship.Check(ContextOf(CaseBuilder.CouplesTherapist, Policy(policy)), draft);
            var own = Authorship.SubjectOf(partner);
            var expected = policy switch
            {
                ConfidentialityPolicy.NoSecrets => ItemSubject.Couple,
                ConfidentialityPolicy.Confidential => own,
                ConfidentialityPolicy.Discretion => choice == ItemSubject.Couple || choice == own ? choice : (ItemSubject?)null,
            };
            if (expected is null)
            {
                return !check.IsValid;
            }

            var item = ClinicalItem.Write(ContextOf(CaseBuilder.CouplesTherapist, Policy(policy)), draft, Now);
            var edited = item.Edit(ContextOf(CaseBuilder.CouplesTherapist, Policy(later, 2)), 1, draft with { Body = "Changed" }, Now + Duration.FromDays(1));
            return check.IsValid && item.Subject == expected && item.PolicyInForce == policy && item.PolicyVersion == 1 && edited && item.Subject == expected;
        }, iter: 1000);
    }

    [Fact]
    public void OnlyTheCouplesTherapistWritesFromAnIndividualSessionWithThem_AndOnlyOnceAPolicyIsSet()
    {
        var bySupport = Authorship.Check(ContextOf(CaseBuilder.BetrayedSupport, Policy(ConfidentialityPolicy.NoSecrets)),
            Draft(ItemKind.SessionSummary, ItemSubject.BetrayedPartner) with { IndividualSessionWith = PartnerRole.BetrayedPartner });
        var withoutPolicy = Authorship.Check(ContextOf(CaseBuilder.CouplesTherapist),
            Draft(ItemKind.SessionSummary, ItemSubject.Couple) with { IndividualSessionWith = PartnerRole.BetrayedPartner });

        Assert.True(bySupport.Problems.ContainsKey(nameof(ItemDraft.IndividualSessionWith)));
        Assert.Contains("Set the confidentiality policy", withoutPolicy.Problems[nameof(ItemDraft.IndividualSessionWith)], StringComparison.Ordinal);
    }

    [Fact]
    public void EditsKeepEveryVersion_RefuseAStaleStart_AndRefuseAnyoneButTheHolder()
    {
        var therapist = ContextOf(CaseBuilder.BetrayedSupport);
        var item = ClinicalItem.Write(therapist, Draft(ItemKind.SessionSummary, ItemSubject.BetrayedPartner, CaseRole.CouplesTherapist), Now);

        Assert.True(item.Edit(therapist, 1, Draft(ItemKind.SessionSummary, ItemSubject.BetrayedPartner) with { Body = "Second" }, Now + Duration.FromHours(1)));
        Assert.False(item.Edit(therapist, 2, Draft(ItemKind.SessionSummary, ItemSubject.BetrayedPartner) with { Body = "Second" }, Now + Duration.FromHours(2)));
        var stale = Assert.Throws<DomainRuleViolation>(() =>
            item.Edit(therapist, 1, Draft(ItemKind.SessionSummary, ItemSubject.BetrayedPartner) with { Body = "Third" }, Now + Duration.FromHours(3)));
        Assert.Equal(WrittenItem.StaleEditMessage, stale.Message);
        Assert.Throws<DomainRuleViolation>(() =>
            item.Edit(ContextOf(CaseBuilder.CouplesTherapist), 2, Draft(ItemKind.SessionSummary, ItemSubject.BetrayedPartner) with { Body = "Not mine" }, Now));

        Assert.Equal([1, 2], item.Versions.Select(v => v.Number));
        Assert.Equal("A body", item.Versions[0].Body);
        Assert.Equal([CaseRole.CouplesTherapist], item.Versions[0].AudienceRoles);
        Assert.Empty(item.AudienceRoles);
        Assert.Equal("Second", item.Body);
    }

    [Fact]
    public void APsychotherapyNoteReachesNoOneButItsHolder_WhateverTheCaseState()
    {
        var note = PsychotherapyNote.Write(ContextOf(CaseBuilder.InvolvedSupport), Draft(ItemKind.PsychotherapyNote, ItemSubject.InvolvedPartner), Now);
        var facts = note.Facts;

        Assert.Equal(Category.PsychotherapyNote, facts.Category);
        Assert.Empty(facts.Audience.Roles);
        Assert.Throws<DomainRuleViolation>(() => ClinicalItem.Write(ContextOf(CaseBuilder.InvolvedSupport), Draft(ItemKind.PsychotherapyNote, ItemSubject.InvolvedPartner), Now));
        Assert.Throws<DomainRuleViolation>(() => PsychotherapyNote.Write(ContextOf(CaseBuilder.InvolvedSupport, profession: ProfessionKind.Coach), Draft(ItemKind.PsychotherapyNote, ItemSubject.InvolvedPartner), Now));
    }

    [Fact]
    public void NamedPeopleInAnAudience_AreOnTheTeamAndNotTheAuthor_ReadByName_AndKeptInEachVersion()
    {
        var therapist = ContextOf(CaseBuilder.InvolvedSupport);
        var forTheCoach = Draft(ItemKind.SessionSummary, ItemSubject.InvolvedPartner) with { AudiencePeople = [CaseBuilder.BetrayedSupport] };

        Assert.True(Authorship.Check(therapist, forTheCoach).IsValid);
        Assert.DoesNotContain(CaseBuilder.InvolvedSupport, Authorship.AudiencePeopleChoices(therapist));
        var formerMember = PersonId.New();
        Assert.False(Authorship.Check(therapist, forTheCoach with { AudiencePeople = [formerMember] }).IsValid);
        Assert.True(Authorship.Check(therapist, forTheCoach with { AudiencePeople = [formerMember] }, namedBefore: [formerMember]).IsValid);
        Assert.False(Authorship.Check(therapist, forTheCoach with { AudiencePeople = [formerMember, PersonId.New()] }, namedBefore: [formerMember]).IsValid);
        Assert.False(Authorship.Check(therapist, forTheCoach with { AudiencePeople = [CaseBuilder.InvolvedSupport] }).IsValid);
        Assert.Equal("A psychotherapy note is for you alone; it cannot be shared.",
            Authorship.Check(therapist, forTheCoach with { Kind = ItemKind.PsychotherapyNote }).Problems[nameof(ItemDraft.Audience)]);

        var item = ClinicalItem.Write(therapist, forTheCoach, Now);
        Assert.Equal([CaseBuilder.BetrayedSupport], item.Facts.Audience.People);
        Assert.Empty(item.Facts.Audience.Roles);
        Assert.True(item.Edit(therapist, 1, forTheCoach with { AudiencePeople = [] }, Now + Duration.FromHours(1)));
        Assert.Equal([CaseBuilder.BetrayedSupport.Value], item.Versions[0].AudiencePersonIds);
        Assert.Empty(item.Versions[1].AudiencePersonIds);
        Assert.Empty(item.Facts.Audience.People);
    }

    [Fact]
    public void PartnersWriteHistoryEntriesOnly_TherapistsEveryKindButThoseWithTheirOwnWorkflow_CoachesNoPsychotherapyNotes_AndSomeoneOffTheTeamNothing()
    {
        var partner = ContextOf(CaseBuilder.BetrayedPartner, profession: null);
        var coach = ContextOf(CaseBuilder.BetrayedSupport, profession: ProfessionKind.Coach);

        Assert.Equal([ItemKind.HistoryEntry], Authorship.KindsFor(partner));
        Assert.Equal(Enum.GetValues<ItemKind>().Where(kind => !kind.HasItsOwnWorkflow()), Authorship.KindsFor(ContextOf(CaseBuilder.CouplesTherapist)));
        Assert.DoesNotContain(ItemKind.PsychotherapyNote, Authorship.KindsFor(coach));
        Assert.Contains(ItemKind.SessionSummary, Authorship.KindsFor(coach));
        Assert.Empty(Authorship.KindsFor(ContextOf(PersonId.New())));

        Assert.Equal("Partners write history entries; summaries and notes are written by the professionals.",
            Authorship.Check(partner, Draft(ItemKind.SessionSummary, ItemSubject.BetrayedPartner, CaseRole.CouplesTherapist)).Problems[nameof(ItemDraft.Kind)]);
        Assert.Equal("Psychotherapy notes are kept by therapists.",
            Authorship.Check(partner, Draft(ItemKind.PsychotherapyNote, ItemSubject.BetrayedPartner)).Problems[nameof(ItemDraft.Kind)]);
        Assert.Equal("You are not on this case's team.",
            Authorship.Check(ContextOf(PersonId.New()), Draft(ItemKind.HistoryEntry, ItemSubject.Couple, CaseRole.CouplesTherapist)).Problems[nameof(ItemDraft.Kind)]);
        Assert.True(Authorship.Check(partner, Draft(ItemKind.HistoryEntry, ItemSubject.Couple, CaseRole.CouplesTherapist)).IsValid);
    }

    [Fact]
    public void TheAudienceChoices_AreTheOtherRolesOnTheTeam_InTheirOrder_AndNoOtherRoleIsTaken()
    {
        var choices = Authorship.AudienceChoices(ContextOf(CaseBuilder.CouplesTherapist));
        var unknown = Authorship.Check(ContextOf(CaseBuilder.CouplesTherapist), Draft(ItemKind.SessionSummary, ItemSubject.Couple, (CaseRole)99));

        Assert.DoesNotContain(CaseRole.CouplesTherapist, choices);
        Assert.Equal(choices.Order().ToList(), choices);
        Assert.Contains(CaseRole.BetrayedPartner, choices);
        Assert.Equal("Choose the audience among the people on this case's team.", unknown.Problems[nameof(ItemDraft.Audience)]);
    }
}
