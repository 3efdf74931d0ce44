using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.FullDisclosure;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Tests.FullDisclosure;

/// <summary>The disclosure's questions and drafts: who writes them, when, and whom each is for.</summary>
public sealed class DisclosureMaterialTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 2, 15, 0);
    private static readonly PersonId Dana = PersonId.New();
    private static readonly PersonId Chris = PersonId.New();
    private static readonly PersonId Sam = PersonId.New();
    private static readonly PersonId Alex = PersonId.New();
    private static readonly PersonId Maya = PersonId.New();

    private static readonly Dictionary<PersonId, IReadOnlySet<CaseRole>> Team = new()
    {
        [Dana] = new HashSet<CaseRole> { CaseRole.BetrayedPartner },
        [Chris] = new HashSet<CaseRole> { CaseRole.InvolvedPartner },
        [Sam] = new HashSet<CaseRole> { CaseRole.SupportOfBetrayedPartner },
        [Alex] = new HashSet<CaseRole> { CaseRole.SupportOfInvolvedPartner },
        [Maya] = new HashSet<CaseRole> { CaseRole.CouplesTherapist },
    };

    private static readonly CaseId Case = CaseId.New();

    private static AuthoringContext As(PersonId author) => new(Case, author, Team, null, null, new LocalDate(2026, 12, 2));

    private static DisclosureProcess At(DisclosureStage stage)
    {
        var process = DisclosureProcess.Start(Case, Maya, Team[Maya], Now);
        process.SetPlan(new DisclosurePlan("Room 2", true, SupportPersonPresence.NotPresent, PolygraphTiming.None, "", new LocalDate(2027, 1, 10)), Team[Maya]);
        if (stage >= DisclosureStage.Questions)
        {
            process.Advance(DisclosureStage.Questions, Maya, Team[Maya], Now);
        }

        if (stage >= DisclosureStage.Drafting)
        {
            process.Advance(DisclosureStage.Drafting, Sam, Team[Sam], Now);
        }

        return process;
    }

    [Fact]
    public void AQuestion_IsTheBetrayedPartnersOwn_ForThemAndTheirSupport_UntilPassedOn_ThenForThoseWhoWriteAndReviewTheDisclosure()
    {
        var process = At(DisclosureStage.Questions);
        DisclosureQuestion.Write(As(Dana), process, "First.", Now);
        DisclosureQuestion.Write(As(Dana), process, "Second.", Now);
        var revision = process.Revision;
        var (question, words) = DisclosureQuestion.Write(As(Dana), process, "  When did it start?  ", Now);
        Assert.Equal(3, question.Number);
        Assert.Equal((3, revision + 1), (process.Questions, process.Revision));
        Assert.Equal("When did it start?", words.Body);
        Assert.Equal(ItemSubject.BetrayedPartner, words.Subject);
        Assert.Equal(Category.DisclosureMaterial, words.Category);
        Assert.Equal([CaseRole.BetrayedPartner, CaseRole.SupportOfBetrayedPartner], words.AudienceRoles);
        Assert.False(question.IsPassedOn);

        question.PassOn(words, Sam, Now + Duration.FromDays(1));
        Assert.True(question.IsPassedOn);
        Assert.Equal(Sam, question.PassedOnBy);
        Assert.Equal(DisclosureQuestion.PassedOnTo.Order(), words.AudienceRoles);
        Assert.Equal(2, words.Version);
        Assert.Equal(Dana, words.Holder);

        question.PassOn(words, Sam, Now + Duration.FromDays(2));
        Assert.Equal(2, words.Version);
    }

    [Fact]
    public void AQuestion_IsRefused_FromAnyoneElse_AfterThePassingOn_WhilePaused_AndWhenEmptyOrTooLong()
    {
        Assert.Contains("betrayed partner's to write", DisclosureQuestion.Check(As(Sam), At(DisclosureStage.Questions), "x")["Text"], StringComparison.Ordinal);
        Assert.Contains("betrayed partner's to write", DisclosureQuestion.Check(As(Chris), At(DisclosureStage.Questions), "x")["Text"], StringComparison.Ordinal);
        Assert.Contains("passed on", DisclosureQuestion.Check(As(Dana), At(DisclosureStage.Drafting), "x")["Text"], StringComparison.Ordinal);
        var paused = At(DisclosureStage.Questions);
        paused.Pause(Dana, Team[Dana], null, Now);
        Assert.Equal(DisclosureWording.Explain(DisclosureRefusal.Paused), DisclosureQuestion.Check(As(Dana), paused, "x")["Text"]);
        Assert.Contains("Write the question", DisclosureQuestion.Check(As(Dana), At(DisclosureStage.Planning), " ")["Text"], StringComparison.Ordinal);
        Assert.Empty(DisclosureQuestion.Check(As(Dana), At(DisclosureStage.Planning), new string('q', DisclosureQuestion.MaxLength)));
        Assert.NotEmpty(DisclosureQuestion.Check(As(Dana), At(DisclosureStage.Planning), new string('q', DisclosureQuestion.MaxLength + 1)));
        Assert.Throws<DomainRuleViolation>(() => DisclosureQuestion.Write(As(Chris), At(DisclosureStage.Questions), "x", Now));
    }

    [Fact]
    public void ADraft_IsTheInvolvedPartnersOwn_NeverForTheBetrayedPartner_ForTheirSupportOnlyWhenShared_AndCountsAsTheNextDraft()
    {
        var process = At(DisclosureStage.Drafting);
        var q1 = ItemId.From(Guid.CreateVersion7());
        var q2 = ItemId.From(Guid.CreateVersion7());
        var passedOn = new HashSet<ItemId> { q1, q2 };

        var (first, firstWords) = WrittenDisclosure.Write(As(Chris), process, "The first.", [q2, q1, q1], passedOn, withBetrayedPartnersSupport: false, Now);
        Assert.Equal(1, first.Number);
        Assert.Equal(new[] { q1.Value, q2.Value }.Order(), first.Answers);
        Assert.Equal(ItemSubject.InvolvedPartner, firstWords.Subject);
        Assert.DoesNotContain(CaseRole.BetrayedPartner, firstWords.AudienceRoles);
        Assert.DoesNotContain(CaseRole.SupportOfBetrayedPartner, firstWords.AudienceRoles);

        var (second, secondWords) = WrittenDisclosure.Write(As(Alex), process, "The second.", [], passedOn, withBetrayedPartnersSupport: true, Now);
        Assert.Equal(2, second.Number);
        Assert.Equal(2, process.Drafts);
        Assert.Contains(CaseRole.SupportOfBetrayedPartner, secondWords.AudienceRoles);
        Assert.DoesNotContain(CaseRole.BetrayedPartner, secondWords.AudienceRoles);
        Assert.Equal("The written disclosure, draft 2", secondWords.Title);
    }

    [Fact]
    public void ADraft_IsRefused_FromTheBetrayedSideAndTheCouplesTherapist_OutsideTheDrafting_AndForQuestionsNotPassedOn()
    {
        var passedOn = new HashSet<ItemId>();
        foreach (var other in new[] { Dana, Sam, Maya })
        {
            Assert.True(WrittenDisclosure.Check(As(other), At(DisclosureStage.Drafting), "x", [], passedOn).ContainsKey("Text"));
        }

        Assert.Contains("after the questions are passed on", WrittenDisclosure.Check(As(Chris), At(DisclosureStage.Questions), "x", [], passedOn)["Text"], StringComparison.Ordinal);
        Assert.True(WrittenDisclosure.Check(As(Chris), At(DisclosureStage.Drafting), " ", [], passedOn).ContainsKey("Text"));
        Assert.True(WrittenDisclosure.Check(As(Chris), At(DisclosureStage.Drafting), "x", [ItemId.From(Guid.CreateVersion7())], passedOn).ContainsKey("Answers"));
        var process = At(DisclosureStage.Drafting);
        Assert.Throws<DomainRuleViolation>(() => WrittenDisclosure.Write(As(Dana), process, "x", [], passedOn, false, Now));
        Assert.Equal(0, process.Drafts);
        process.Pause(Dana, Team[Dana], null, Now);
        Assert.Equal(DisclosureWording.Explain(DisclosureRefusal.Paused), WrittenDisclosure.Check(As(Chris), process, "x", [], passedOn)["Text"]);
    }

    [Fact]
    public void TheBetrayedPartnerReadsADraft_OnlyWhenTheTeamRecordedThatTheCoupleAgreed_AndOnlyDraftsWrittenAfter()
    {
        var process = At(DisclosureStage.Drafting);
        var (before, beforeWords) = WrittenDisclosure.Write(As(Chris), process, "Before.", [], new HashSet<ItemId>(), false, Now);
        Assert.DoesNotContain(CaseRole.BetrayedPartner, beforeWords.AudienceRoles);
        Assert.Equal(DisclosureRefusal.NotYoursToRecord, process.RecordDraftsAgreement(true, Team[Chris]).Refusal);
        Assert.Equal(DisclosureRefusal.NotYoursToRecord, process.RecordDraftsAgreement(true, Team[Sam]).Refusal);
        Assert.Equal(DisclosureRefusal.NotYoursToRecord, process.RecordDraftsAgreement(true, Team[Dana]).Refusal);
        Assert.True(process.CheckDraftsAgreement(Team[Alex]).IsAllowed);
        Assert.False(process.DraftsForBetrayedPartner);
        Assert.True(process.RecordDraftsAgreement(true, Team[Alex]).IsAllowed);
        var (_, afterWords) = WrittenDisclosure.Write(As(Chris), process, "After.", [], new HashSet<ItemId>(), false, Now);
        Assert.Contains(CaseRole.BetrayedPartner, afterWords.AudienceRoles);
        Assert.DoesNotContain(CaseRole.BetrayedPartner, beforeWords.AudienceRoles);
        Assert.Equal(1, before.Number);

        process.Pause(Dana, Team[Dana], null, Now);
        Assert.Equal(DisclosureRefusal.Paused, process.RecordDraftsAgreement(false, Team[Maya]).Refusal);
    }

    [Fact]
    public void AroundTheDisclosure_TheSafetyPlanComesBefore_TheDebriefAfter_EachStatementAtItsStage_AndEachByItsSide()
    {
        var process = At(DisclosureStage.Questions);
        Assert.Equal([ItemKind.DisclosureSafetyPlan], DisclosureWriting.WritableBy(Team[Dana], process));
        Assert.Empty(DisclosureWriting.WritableBy(Team[Chris], process));
        var plan = DisclosureWriting.Write(As(Sam), process, ItemKind.DisclosureSafetyPlan, "She calls her sister.", [CaseRole.BetrayedPartner, CaseRole.CouplesTherapist], Now);
        Assert.Equal((ItemSubject.BetrayedPartner, Category.DisclosureMaterial, Sam), (plan.Subject, plan.Category, plan.Holder));
        Assert.True(DisclosureWriting.Check(As(Chris), process, ItemKind.DisclosureSafetyPlan, "x", []).ContainsKey("Kind"));
        Assert.Contains("once the disclosure has been given", DisclosureWriting.Check(As(Dana), process, ItemKind.DisclosureDebrief, "x", [])["Kind"], StringComparison.Ordinal);
        Assert.True(DisclosureWriting.Check(As(Dana), process, ItemKind.ImpactStatement, "x", []).ContainsKey("Kind"));
        Assert.True(DisclosureWriting.Check(As(Chris), process, ItemKind.AmendsLetter, "x", []).ContainsKey("Kind"));
        Assert.True(DisclosureWriting.Check(As(Dana), process, ItemKind.HistoryEntry, "x", []).ContainsKey("Kind"));
        Assert.True(DisclosureWriting.Check(As(Dana), process, ItemKind.DisclosureSafetyPlan, " ", []).ContainsKey("Text"));
        Assert.True(DisclosureWriting.Check(As(Dana), process, ItemKind.DisclosureSafetyPlan, "x", [(CaseRole)99]).ContainsKey("Audience"));
        Assert.Equal(ItemSubject.Couple, DisclosureWriting.SubjectFor(ItemKind.DisclosureDebrief, Team[Maya]));
        Assert.Equal(ItemSubject.InvolvedPartner, DisclosureWriting.SubjectFor(ItemKind.DisclosureDebrief, Team[Alex]));
        Assert.Equal(ItemSubject.BetrayedPartner, DisclosureWriting.SubjectFor(ItemKind.DisclosureDebrief, Team[Dana]));
        Assert.Equal(ItemSubject.InvolvedPartner, DisclosureWriting.SubjectFor(ItemKind.AmendsLetter, Team[Alex]));

        process.Pause(Dana, Team[Dana], null, Now);
        Assert.Empty(DisclosureWriting.WritableBy(Team[Dana], process));
        Assert.Equal(DisclosureWording.Explain(DisclosureRefusal.Paused), DisclosureWriting.Check(As(Dana), process, ItemKind.DisclosureSafetyPlan, "x", [])["Kind"]);
    }

    [Fact]
    public void TextsAreTrimmedAndBoundedAtTheirLimit_AndAudiencesKeptInOrder()
    {
        var drafting = At(DisclosureStage.Drafting);
        var none = new HashSet<ItemId>();
        Assert.Empty(WrittenDisclosure.Check(As(Chris), drafting, new string('d', ItemContent.MaxBodyLength), [], none));
        Assert.True(WrittenDisclosure.Check(As(Chris), drafting, new string('d', ItemContent.MaxBodyLength + 1), [], none).ContainsKey("Text"));
        var (_, draft) = WrittenDisclosure.Write(As(Chris), drafting, "  Trimmed.  ", [], none, true, Now);
        Assert.Equal("Trimmed.", draft.Body);
        Assert.Equal(draft.AudienceRoles.Order(), draft.AudienceRoles);
        Assert.Equal(WrittenDisclosure.AudienceFor(true, true).Order(), WrittenDisclosure.AudienceFor(true, true));

        var questions = At(DisclosureStage.Questions);
        Assert.Empty(DisclosureWriting.Check(As(Dana), questions, ItemKind.DisclosureSafetyPlan, new string('s', ItemContent.MaxBodyLength), []));
        Assert.True(DisclosureWriting.Check(As(Dana), questions, ItemKind.DisclosureSafetyPlan, new string('s', ItemContent.MaxBodyLength + 1), []).ContainsKey("Text"));
        Assert.True(DisclosureWriting.Check(As(Dana), questions, ItemKind.DisclosureSafetyPlan, "x", [CaseRole.CouplesTherapist, (CaseRole)99]).ContainsKey("Audience"));
        var plan = DisclosureWriting.Write(As(Dana), questions, ItemKind.DisclosureSafetyPlan, "  My plan.  ", [CaseRole.CouplesTherapist, CaseRole.SupportOfBetrayedPartner, CaseRole.CouplesTherapist], Now);
        Assert.Equal("My plan.", plan.Body);
        Assert.Equal([CaseRole.SupportOfBetrayedPartner, CaseRole.CouplesTherapist], plan.AudienceRoles);
        var refused = Assert.Throws<DomainRuleViolation>(() => DisclosureWriting.Write(As(Chris), questions, ItemKind.DisclosureSafetyPlan, "x", [], Now));
        Assert.Equal("Kind", refused.Field);
        Assert.Equal("Text", Assert.Throws<DomainRuleViolation>(() => DisclosureQuestion.Write(As(Dana), questions, " ", Now)).Field);
        Assert.Equal("Text", Assert.Throws<DomainRuleViolation>(() => WrittenDisclosure.Write(As(Chris), drafting, " ", [], none, false, Now)).Field);
    }

    [Fact]
    public void APausesReason_IsTheBetrayedPartnersOwn_ForTheirSideAndTheProfessionals_NotTheInvolvedPartner()
    {
        var process = At(DisclosureStage.Questions);
        process.Pause(Dana, Team[Dana], "Not this month.", Now);
        var facts = DisclosureAccess.ReasonFacts(process, process.Steps[^1]);
        Assert.Equal((Dana, ItemSubject.BetrayedPartner, Category.DisclosureMaterial), (facts.Holder, facts.Subject, facts.Category));
        Assert.DoesNotContain(CaseRole.InvolvedPartner, facts.Audience.Roles);
        Assert.Equal(4, facts.Audience.Roles.Count);
    }

    [Fact]
    public void WhereItStands_IsTheCouplesDisclosureMaterial_HeldByWhoStartedIt_ForTheWholeTeam()
    {
        var process = At(DisclosureStage.Planning);
        var facts = DisclosureAccess.FactsFor(process);
        Assert.Equal((process.Id, Maya, ItemSubject.Couple, Category.DisclosureMaterial), (facts.ItemId, facts.Holder, facts.Subject, facts.Category));
        Assert.Equal(Enum.GetValues<CaseRole>().Order(), facts.Audience.Roles.Order());
    }
}
