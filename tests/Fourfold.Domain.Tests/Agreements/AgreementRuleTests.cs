using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Tests.Agreements;

/// <summary>The edges of the agreement and disclosure rules: sizes, ranges, who may move what, and what is kept.</summary>
public sealed class AgreementRuleTests
{
    private static readonly Instant Now = CaseBuilder.Start + Duration.FromDays(10);
    private static readonly LocalDate Today = Now.InUtc().Date;
    private static readonly Case Team = CaseBuilder.FullTeam().Build();
    private static readonly IEnumerable<CaseRole> TeamRoles = Team.ActiveRoles().Values.SelectMany(r => r);

    private static AuthoringContext As(PersonId person) => new(Team.Id, person, Team.ActiveRoles(), null, null, Today);

    private static AgreementDraft Boundary(string title = "A boundary", string body = "Why") => new(AgreementKind.Boundary, title, body, null, []);

    private static IReadOnlyDictionary<string, string> Problems(AgreementDraft draft) => AgreementCheck.Of(draft, TeamRoles, Today).Problems;

    [Fact]
    public void TitlesAndTextsAreBoundedAtTheItemsSizes()
    {
        Assert.Empty(Problems(Boundary(new string('a', ItemContent.MaxTitleLength))));
        Assert.Contains("Title", Problems(Boundary(new string('a', ItemContent.MaxTitleLength + 1))).Keys);
        Assert.Empty(Problems(Boundary(body: new string('a', ItemContent.MaxBodyLength))));
        Assert.Contains("Body", Problems(Boundary(body: new string('a', ItemContent.MaxBodyLength + 1))).Keys);
    }

    [Fact]
    public void TiersRunFromOneToFive_AndOnlyRelapseDefinitionsHaveOne()
    {
        AgreementDraft Tier(int? tier) => new(AgreementKind.RelapseDefinition, "A slip", "I tell her", null, [], Tier: tier);
        Assert.Empty(Problems(Tier(1)));
        Assert.Empty(Problems(Tier(AgreementCheck.MaxTier)));
        Assert.Contains("Tier", Problems(Tier(0)).Keys);
        Assert.Contains("Tier", Problems(Tier(AgreementCheck.MaxTier + 1)).Keys);
        Assert.Contains("Tier", Problems(Tier(null)).Keys);
        Assert.Null(AgreementCheck.Of(Boundary() with { Tier = 3 }, TeamRoles, Today).Terms.Tier);
        Assert.Equal(2, AgreementCheck.Of(Tier(2), TeamRoles, Today).Terms.Tier);
    }

    [Fact]
    public void CommitmentsTellSomeoneWithinOneToSevenHundredTwentyHours_AndOnlyCommitmentsSaySo()
    {
        AgreementDraft Commitment(int? hours, IReadOnlyList<CommitmentRecipient>? to) => new(AgreementKind.DisclosureCommitment, "Any contact", null, null, [], TellWhom: to, WithinHours: hours);
        Assert.Empty(Problems(Commitment(1, [CommitmentRecipient.Partner])));
        Assert.Empty(Problems(Commitment(AgreementCheck.MaxWithinHours, [CommitmentRecipient.Partner])));
        Assert.Contains("WithinHours", Problems(Commitment(0, [CommitmentRecipient.Partner])).Keys);
        Assert.Contains("WithinHours", Problems(Commitment(AgreementCheck.MaxWithinHours + 1, [CommitmentRecipient.Partner])).Keys);
        Assert.Contains("TellWhom", Problems(Commitment(24, null)).Keys);
        Assert.Contains("TellWhom", Problems(Commitment(24, [CommitmentRecipient.Partner, (CommitmentRecipient)99])).Keys);

        var boundary = AgreementCheck.Of(Boundary() with { TellWhom = [CommitmentRecipient.Partner], WithinHours = 24 }, TeamRoles, Today);
        Assert.Empty(boundary.Terms.TellWhom);
        Assert.Null(boundary.Terms.WithinHours);
        var commitment = AgreementCheck.Of(Commitment(24, [CommitmentRecipient.SupportPerson, CommitmentRecipient.Partner, CommitmentRecipient.Partner]), TeamRoles, Today);
        Assert.Equal([CommitmentRecipient.Partner, CommitmentRecipient.SupportPerson], commitment.Terms.TellWhom);
        Assert.Equal(24, commitment.Terms.WithinHours);
    }

    [Fact]
    public void OnlyACommitmentLeftWithoutWords_IsWrittenFromItsTerms()
    {
        Assert.Equal("Why", AgreementCheck.Of(Boundary(), TeamRoles, Today).Content.Body);
        var withNotes = AgreementCheck.Of(new AgreementDraft(AgreementKind.DisclosureCommitment, "Any contact", "In person if we are together.", null, [],
            TellWhom: [CommitmentRecipient.Partner], WithinHours: 48), TeamRoles, Today);
        Assert.Equal("In person if we are together.", withNotes.Content.Body);
        var invalid = AgreementCheck.Of(new AgreementDraft(AgreementKind.DisclosureCommitment, "Any contact", null, null, [], TellWhom: [], WithinHours: 48), TeamRoles, Today);
        Assert.Equal("", invalid.Content.Body);
    }

    [Fact]
    public void TheAudience_IsBothPartnersAndTheProfessionalsChosen_InRoleOrder()
    {
        var check = AgreementCheck.Of(Boundary() with { Audience = [CaseRole.CouplesTherapist, CaseRole.SupportOfBetrayedPartner, CaseRole.InvolvedPartner] }, TeamRoles, Today);
        Assert.Equal([CaseRole.BetrayedPartner, CaseRole.InvolvedPartner, CaseRole.SupportOfBetrayedPartner, CaseRole.CouplesTherapist], check.Audience);
        Assert.Contains("Audience", Problems(Boundary() with { Audience = [(CaseRole)99] }).Keys);
    }

    [Fact]
    public void SomeoneOffTheTeam_AProfessional_AndAnInvalidDraft_AreRefusedWhenRequesting()
    {
        Assert.Throws<DomainRuleViolation>(() => Agreement.Request(As(PersonId.New()), Boundary(), Now));
        var invalid = Assert.Throws<DomainRuleViolation>(() => Agreement.Request(As(CaseBuilder.BetrayedPartner), Boundary(title: ""), Now));
        Assert.Equal("Title", invalid.Field);
    }

    [Fact]
    public void AnAgreementMovesOnlyWithItsOwnWords()
    {
        var (first, firstWords) = Agreement.Request(As(CaseBuilder.BetrayedPartner), Boundary(), Now);
        var (_, otherWords) = Agreement.Request(As(CaseBuilder.BetrayedPartner), Boundary("Another"), Now);
        Assert.Throws<InvalidOperationException>(() => first.Answer(As(CaseBuilder.InvolvedPartner), otherWords, 1, AgreementAnswer.Agree, null, Now));
        first.Answer(As(CaseBuilder.InvolvedPartner), firstWords, 1, AgreementAnswer.Agree, null, Now);
        Assert.Throws<InvalidOperationException>(() => first.ProposeChange(As(CaseBuilder.InvolvedPartner), otherWords, 1, Boundary("x"), Now));
    }

    [Fact]
    public void AChangeIsProposedByAPartner_FromTheVersionInForce_AndNotWhileAProposalWaits()
    {
        var (agreement, words) = Agreement.Request(As(CaseBuilder.BetrayedPartner), Boundary(), Now);
        var waiting = Assert.Throws<DomainRuleViolation>(() => agreement.ProposeChange(As(CaseBuilder.InvolvedPartner), words, 1, Boundary("x"), Now));
        Assert.Equal(Agreement.AnswerField, waiting.Field);
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Discuss, null, Now);
        Assert.Equal(AgreementMove.Discuss, agreement.Turns[^1].Move);
        Assert.Equal(CaseBuilder.InvolvedPartner, agreement.Turns[^1].By);
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now);

        Assert.Throws<DomainRuleViolation>(() => agreement.ProposeChange(As(CaseBuilder.CouplesTherapist), words, 1, Boundary("x"), Now));
        var stale = Assert.Throws<DomainRuleViolation>(() => agreement.ProposeChange(As(CaseBuilder.InvolvedPartner), words, 0, Boundary("x"), Now));
        Assert.Equal(nameof(Agreement.Version), stale.Field);
        Assert.Equal(1, words.Version);
    }

    [Fact]
    public void TheReviewReminder_IsDueOncePerAgreedVersion()
    {
        var (agreement, words) = Agreement.Request(As(CaseBuilder.BetrayedPartner), Boundary() with { ReviewOn = Today.PlusDays(5) }, Now);
        Assert.False(agreement.IsDueForReviewReminder(Today.PlusDays(5)));
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now);
        Assert.False(agreement.IsDueForReviewReminder(Today.PlusDays(4)));
        Assert.True(agreement.IsDueForReviewReminder(Today.PlusDays(5)));
        agreement.ReviewReminded();
        Assert.False(agreement.IsDueForReviewReminder(Today.PlusDays(5)));

        agreement.ProposeChange(As(CaseBuilder.InvolvedPartner), words, 1, Boundary() with { ReviewOn = Today.PlusDays(6) }, Now);
        agreement.Answer(As(CaseBuilder.BetrayedPartner), words, 2, AgreementAnswer.Agree, null, Now);
        Assert.True(agreement.IsDueForReviewReminder(Today.PlusDays(6)));
    }

    [Fact]
    public void ThePartnerWhoDidNotProposeIt_MayKeepOrNarrowWhoSeesIt_NeverWiden()
    {
        var (agreement, words) = Agreement.Request(As(CaseBuilder.BetrayedPartner), Boundary() with { Audience = [CaseRole.CouplesTherapist] }, Now);
        var wider = Assert.Throws<DomainRuleViolation>(() => agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Counter,
            Boundary("Mine") with { Audience = [CaseRole.CouplesTherapist, CaseRole.SupportOfInvolvedPartner] }, Now));
        Assert.Equal("Audience", wider.Field);
        Assert.Equal(1, words.Version);

        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Counter, Boundary("Mine"), Now);
        Assert.Equal([CaseRole.BetrayedPartner, CaseRole.InvolvedPartner], words.AudienceRoles);
        agreement.Answer(As(CaseBuilder.BetrayedPartner), words, 2, AgreementAnswer.Agree, null, Now);

        Assert.Throws<DomainRuleViolation>(() => agreement.ProposeChange(As(CaseBuilder.InvolvedPartner), words, 2, Boundary("Wider") with { Audience = [CaseRole.CouplesTherapist] }, Now));
        agreement.ProposeChange(As(CaseBuilder.BetrayedPartner), words, 2, Boundary("Wider again") with { Audience = [CaseRole.CouplesTherapist] }, Now);
        Assert.Contains(CaseRole.CouplesTherapist, words.AudienceRoles);
    }

    [Fact]
    public void EveryMove_AdvancesTheRevision_SoThatTwoAnswersAtOnceCannotBothBeSaved()
    {
        var (agreement, words) = Agreement.Request(As(CaseBuilder.BetrayedPartner), Boundary(), Now);
        var seen = new List<int> { agreement.Revision };
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Discuss, null, Now);
        seen.Add(agreement.Revision);
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Counter, Boundary("Mine"), Now);
        seen.Add(agreement.Revision);
        agreement.Answer(As(CaseBuilder.BetrayedPartner), words, 2, AgreementAnswer.Agree, null, Now);
        seen.Add(agreement.Revision);
        agreement.ProposeChange(As(CaseBuilder.BetrayedPartner), words, 2, Boundary("Changed"), Now);
        seen.Add(agreement.Revision);

        Assert.Equal([1, 2, 3, 4, 5], seen);
    }

    private static (Agreement Agreement, ClinicalItem Words) Agreed()
    {
        var (agreement, words) = Agreement.Request(As(CaseBuilder.BetrayedPartner), Boundary(), Now);
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now);
        return (agreement, words);
    }

    private static string Refusal(Action move) => Assert.Throws<DomainRuleViolation>(move).Message;

    [Fact]
    public void EachStepOfEndingAnAgreement_MovesItsRevision_AndIsRecordedAsATurn()
    {
        var (agreement, words) = Agreed();
        var revision = agreement.Revision;
        agreement.ProposeRetirement(As(CaseBuilder.InvolvedPartner), 1, Now);
        Assert.Equal(revision + 1, agreement.Revision);
        Assert.Equal((AgreementMove.RetirementProposed, CaseBuilder.InvolvedPartner), (agreement.Turns[^1].Move, agreement.Turns[^1].By));

        agreement.Withdraw(As(CaseBuilder.InvolvedPartner), 1, Now);
        Assert.Equal(revision + 2, agreement.Revision);
        Assert.Equal(AgreementMove.Withdrawn, agreement.Turns[^1].Move);

        agreement.ProposeRetirement(As(CaseBuilder.BetrayedPartner), 1, Now);
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now);
        Assert.Equal(revision + 4, agreement.Revision);
        Assert.Equal((AgreementMove.Retired, CaseBuilder.InvolvedPartner, 1), (agreement.Turns[^1].Move, agreement.Turns[^1].By, agreement.Turns[^1].Version));
    }

    [Fact]
    public void SettingAside_IsForThePartners_OnTheVersionTheyRead_OfAnAgreementInForceWithNothingElseWaiting()
    {
        var (agreement, words) = Agreed();
        Assert.StartsWith("Agreements are made between the partners", Refusal(() => agreement.ProposeRetirement(As(CaseBuilder.CouplesTherapist), 1, Now)), StringComparison.Ordinal);
        Assert.Equal(Agreement.StaleAnswerMessage, Refusal(() => agreement.ProposeRetirement(As(CaseBuilder.BetrayedPartner), 0, Now)));
        agreement.ProposeChange(As(CaseBuilder.BetrayedPartner), words, 1, Boundary("A change"), Now);
        Assert.StartsWith("A proposal is already waiting", Refusal(() => agreement.ProposeRetirement(As(CaseBuilder.InvolvedPartner), 2, Now)), StringComparison.Ordinal);

        var (agreed, _) = Agreed();
        Assert.Equal("Nothing is waiting for an answer here.", Refusal(() => agreed.Withdraw(As(CaseBuilder.BetrayedPartner), 1, Now)));
        agreed.ProposeRetirement(As(CaseBuilder.BetrayedPartner), 1, Now);
        Assert.StartsWith("Agreements are made between the partners", Refusal(() => agreed.Withdraw(As(CaseBuilder.CouplesTherapist), 1, Now)), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEndedAgreement_RefusesEveryMove_SayingHowItEnded()
    {
        var (retired, words) = Agreed();
        retired.ProposeRetirement(As(CaseBuilder.InvolvedPartner), 1, Now);
        retired.Answer(As(CaseBuilder.BetrayedPartner), words, 1, AgreementAnswer.Agree, null, Now);
        var (withdrawn, taken) = Agreement.Request(As(CaseBuilder.BetrayedPartner), Boundary(), Now);
        withdrawn.Withdraw(As(CaseBuilder.BetrayedPartner), 1, Now);

        foreach (var (agreement, item, says) in new[] { (retired, words, "set aside by you both"), (withdrawn, taken, "was taken back") })
        {
            Assert.Contains(says, Refusal(() => agreement.Answer(As(CaseBuilder.InvolvedPartner), item, 1, AgreementAnswer.Agree, null, Now)), StringComparison.Ordinal);
            Assert.Contains(says, Refusal(() => agreement.ProposeChange(As(CaseBuilder.InvolvedPartner), item, 1, Boundary("Again"), Now)), StringComparison.Ordinal);
            Assert.Contains(says, Refusal(() => agreement.ProposeRetirement(As(CaseBuilder.InvolvedPartner), 1, Now)), StringComparison.Ordinal);
            Assert.Contains(says, Refusal(() => agreement.Withdraw(As(CaseBuilder.BetrayedPartner), 1, Now)), StringComparison.Ordinal);
        }
    }
}
