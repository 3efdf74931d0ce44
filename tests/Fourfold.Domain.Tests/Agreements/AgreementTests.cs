using CsCheck;
using Fourfold.Domain.Access;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Tests.Agreements;

public sealed class AgreementTests
{
    private static readonly Instant Now = CaseBuilder.Start + Duration.FromDays(10);
    private static readonly LocalDate Today = Now.InUtc().Date;
    private static readonly Case Team = CaseBuilder.FullTeam().Build();

    private static AuthoringContext As(PersonId person) => new(Team.Id, person, Team.ActiveRoles(), null, null, Today);

    private static AgreementDraft Boundary(string title = "No contact with the affair partner", LocalDate? reviewOn = null, params CaseRole[] audience) =>
        new(AgreementKind.Boundary, title, "I need it to feel safe.", reviewOn, audience);

    private static (Agreement Agreement, ClinicalItem Words) Requested(AgreementDraft? draft = null) =>
        Agreement.Request(As(CaseBuilder.BetrayedPartner), draft ?? Boundary(), Now);

    [Fact]
    public void ARequest_IsTheCouplesItem_ForBothPartnersAndTheRolesTheyChose()
    {
        var (agreement, words) = Requested(Boundary(audience: [CaseRole.CouplesTherapist]));

        Assert.Equal(AgreementStatus.Requested, agreement.Status);
        Assert.Equal(words.Id, agreement.Id);
        Assert.Equal(ItemKind.Boundary, words.Kind);
        Assert.Equal(Category.AgreementsAndCheckIns, words.Category);
        Assert.Equal(ItemSubject.Couple, words.Subject);
        Assert.Equal([CaseRole.BetrayedPartner, CaseRole.InvolvedPartner, CaseRole.CouplesTherapist], words.AudienceRoles);
        Assert.Equal(CaseBuilder.BetrayedPartner, words.Holder);
        Assert.Equal(1, agreement.Version);
        Assert.Null(agreement.AgreedVersion);
    }

    [Fact]
    public void TheOtherPartnerAgrees_AndBothSign()
    {
        var (agreement, words) = Requested();
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now + Duration.FromHours(2));

        Assert.Equal(AgreementStatus.Agreed, agreement.Status);
        Assert.Equal(1, agreement.AgreedVersion);
        var (proposed, agreed) = agreement.Signatures!.Value;
        Assert.Equal(CaseBuilder.BetrayedPartner, proposed.By);
        Assert.Equal(Now, proposed.At);
        Assert.Equal(CaseBuilder.InvolvedPartner, agreed.By);
        Assert.Equal(Now + Duration.FromHours(2), agreed.At);
    }

    [Fact]
    public void NobodyAnswersTheirOwnProposal()
    {
        var (agreement, words) = Requested();
        var refused = Assert.Throws<DomainRuleViolation>(() => agreement.Answer(As(CaseBuilder.BetrayedPartner), words, 1, AgreementAnswer.Agree, null, Now));
        Assert.Equal(Agreement.AnswerField, refused.Field);
        Assert.Equal(AgreementStatus.Requested, agreement.Status);
    }

    [Fact]
    public void ProfessionalsDoNotMakeOrAnswerAgreements()
    {
        Assert.Throws<DomainRuleViolation>(() => Agreement.Request(As(CaseBuilder.CouplesTherapist), Boundary(), Now));
        var (agreement, words) = Requested();
        Assert.Throws<DomainRuleViolation>(() => agreement.Answer(As(CaseBuilder.CouplesTherapist), words, 1, AgreementAnswer.Agree, null, Now));
    }

    [Fact]
    public void ACounterProposal_IsANewVersion_AnsweredByTheFirstPartner()
    {
        var (agreement, words) = Requested();
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Counter, Boundary("No contact, and I tell you if she writes"), Now);

        Assert.Equal(AgreementStatus.CounterProposed, agreement.Status);
        Assert.Equal(2, agreement.Version);
        Assert.Equal(2, words.Version);
        Assert.Equal("No contact, and I tell you if she writes", words.Title);
        Assert.Equal(CaseBuilder.InvolvedPartner, agreement.ProposedBy);
        Assert.Throws<DomainRuleViolation>(() => agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 2, AgreementAnswer.Agree, null, Now));

        agreement.Answer(As(CaseBuilder.BetrayedPartner), words, 2, AgreementAnswer.Agree, null, Now);
        Assert.Equal(AgreementStatus.Agreed, agreement.Status);
        Assert.Equal(2, agreement.AgreedVersion);
        Assert.Equal(CaseBuilder.InvolvedPartner, agreement.Signatures!.Value.Proposed.By);
    }

    [Fact]
    public void AnAnswerToAVersionThatChanged_IsRefusedAsStale()
    {
        var (agreement, words) = Requested();
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Counter, Boundary("Another version"), Now);

        var stale = Assert.Throws<DomainRuleViolation>(() => agreement.Answer(As(CaseBuilder.BetrayedPartner), words, 1, AgreementAnswer.Agree, null, Now));
        Assert.Equal(nameof(Agreement.Version), stale.Field);
        Assert.Equal(AgreementStatus.CounterProposed, agreement.Status);
    }

    [Fact]
    public void TalkingItThroughFirst_LeavesItOpenForTheSamePartnerToAnswer()
    {
        var (agreement, words) = Requested();
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Discuss, null, Now);
        Assert.Equal(AgreementStatus.Discussing, agreement.Status);
        Assert.True(agreement.IsOpen);

        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now);
        Assert.Equal(AgreementStatus.Agreed, agreement.Status);
    }

    [Fact]
    public void AnAgreementInForce_ChangesOnlyByANewAgreedVersion_AndStaysInForceMeanwhile()
    {
        var (agreement, words) = Requested(Boundary(reviewOn: Today.PlusDays(10)));
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now);
        Assert.Throws<DomainRuleViolation>(() => agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now));

        agreement.ProposeChange(As(CaseBuilder.InvolvedPartner), words, 1, Boundary("A gentler version", Today.PlusDays(30)), Now);
        Assert.Equal(AgreementStatus.Requested, agreement.Status);
        Assert.Equal(2, agreement.Version);
        Assert.Equal(1, agreement.AgreedVersion);
        Assert.Equal(Today.PlusDays(10), agreement.ReviewOn);
        Assert.Throws<DomainRuleViolation>(() => agreement.ProposeChange(As(CaseBuilder.BetrayedPartner), words, 2, Boundary("Yet another"), Now));

        agreement.Answer(As(CaseBuilder.BetrayedPartner), words, 2, AgreementAnswer.Agree, null, Now);
        Assert.Equal(2, agreement.AgreedVersion);
        Assert.Equal(Today.PlusDays(30), agreement.ReviewOn);
    }

    [Fact]
    public void TheGenericEdit_CannotChangeAnAgreementsWords()
    {
        var (_, words) = Requested();
        Assert.Throws<DomainRuleViolation>(() => words.Edit(As(CaseBuilder.BetrayedPartner), 1, new ItemDraft(ItemKind.Boundary, null, [], "Changed alone", "b", Today), Now));
    }

    [Fact]
    public void ADueReview_IsTheReviewDateInForce_ReachedOrPassed()
    {
        var (agreement, words) = Requested(Boundary(reviewOn: Today.PlusDays(7)));
        Assert.False(agreement.IsDueForReview(Today.PlusDays(30)));
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now);
        Assert.False(agreement.IsDueForReview(Today.PlusDays(6)));
        Assert.True(agreement.IsDueForReview(Today.PlusDays(7)));
    }

    [Fact]
    public void AFirstProposal_IsTakenBackByItsAuthorOnly_AndThenEnds()
    {
        var (agreement, words) = Requested();
        Assert.Throws<DomainRuleViolation>(() => agreement.Withdraw(As(CaseBuilder.InvolvedPartner), 1, Now));
        Assert.Throws<DomainRuleViolation>(() => agreement.Withdraw(As(CaseBuilder.BetrayedPartner), 0, Now));

        agreement.Withdraw(As(CaseBuilder.BetrayedPartner), 1, Now + Duration.FromHours(1));

        Assert.Equal(AgreementStatus.Withdrawn, agreement.Status);
        Assert.Equal(AgreementMove.Withdrawn, agreement.Turns[^1].Move);
        Assert.False(agreement.IsOpen);
        Assert.Throws<DomainRuleViolation>(() => agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now));
        Assert.Throws<DomainRuleViolation>(() => agreement.ProposeRetirement(As(CaseBuilder.InvolvedPartner), 1, Now));
    }

    [Fact]
    public void ACounterProposal_IsTakenBackByWhoeverMadeIt()
    {
        var (agreement, words) = Requested();
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Counter, Boundary("My version"), Now);
        Assert.Throws<DomainRuleViolation>(() => agreement.Withdraw(As(CaseBuilder.BetrayedPartner), 2, Now));

        agreement.Withdraw(As(CaseBuilder.InvolvedPartner), 2, Now);

        Assert.Equal(AgreementStatus.Withdrawn, agreement.Status);
    }

    [Fact]
    public void AChangeToAnAgreementInForce_IsAnsweredRatherThanTakenBack()
    {
        var (agreement, words) = Requested();
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now);
        agreement.ProposeChange(As(CaseBuilder.BetrayedPartner), words, 1, Boundary("A wider version"), Now);

        Assert.False(agreement.IsWithdrawable);
        Assert.Throws<DomainRuleViolation>(() => agreement.Withdraw(As(CaseBuilder.BetrayedPartner), 2, Now));
        Assert.Equal(AgreementStatus.Requested, agreement.Status);
    }

    [Fact]
    public void SettingAnAgreementAside_TakesBothPartners_AndItStaysInForceUntilThen()
    {
        var (agreement, words) = Requested(Boundary(reviewOn: Today.PlusDays(5)));
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now);

        agreement.ProposeRetirement(As(CaseBuilder.InvolvedPartner), 1, Now);
        Assert.True(agreement.RetirementProposed);
        Assert.Equal(AgreementStatus.Requested, agreement.Status);
        Assert.Equal(1, agreement.AgreedVersion);
        Assert.Throws<DomainRuleViolation>(() => agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now));

        agreement.Answer(As(CaseBuilder.BetrayedPartner), words, 1, AgreementAnswer.Discuss, null, Now);
        Assert.True(agreement.RetirementProposed);
        agreement.Answer(As(CaseBuilder.BetrayedPartner), words, 1, AgreementAnswer.Agree, null, Now + Duration.FromDays(1));

        Assert.Equal(AgreementStatus.Retired, agreement.Status);
        Assert.False(agreement.RetirementProposed);
        Assert.False(agreement.IsDueForReview(Today.PlusDays(10)));
        Assert.Equal(CaseBuilder.InvolvedPartner, agreement.Signatures!.Value.Agreed.By);
        Assert.Throws<DomainRuleViolation>(() => agreement.ProposeChange(As(CaseBuilder.BetrayedPartner), words, 1, Boundary("Again"), Now));
    }

    [Fact]
    public void AProposalToSetAside_TakenBack_LeavesTheAgreementAsItWas()
    {
        var (agreement, words) = Requested();
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now);
        var signed = agreement.Signatures;

        agreement.ProposeRetirement(As(CaseBuilder.InvolvedPartner), 1, Now + Duration.FromDays(2));
        agreement.Withdraw(As(CaseBuilder.InvolvedPartner), 1, Now + Duration.FromDays(3));

        Assert.Equal(AgreementStatus.Agreed, agreement.Status);
        Assert.Equal(CaseBuilder.BetrayedPartner, agreement.ProposedBy);
        Assert.Equal(signed, agreement.Signatures);
        Assert.False(agreement.RetirementProposed);
    }

    [Fact]
    public void ACounterToSettingAside_IsAChangedVersionInstead()
    {
        var (agreement, words) = Requested();
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 1, AgreementAnswer.Agree, null, Now);
        agreement.ProposeRetirement(As(CaseBuilder.InvolvedPartner), 1, Now);

        agreement.Answer(As(CaseBuilder.BetrayedPartner), words, 1, AgreementAnswer.Counter, Boundary("A lighter version"), Now);
        Assert.False(agreement.RetirementProposed);
        agreement.Answer(As(CaseBuilder.InvolvedPartner), words, 2, AgreementAnswer.Agree, null, Now);

        Assert.Equal(AgreementStatus.Agreed, agreement.Status);
        Assert.Equal(2, agreement.AgreedVersion);
    }

    [Fact]
    public void EachFieldHasItsMessage()
    {
        var roles = Team.ActiveRoles().Values.SelectMany(r => r);
        var boundary = AgreementCheck.Of(new AgreementDraft(AgreementKind.Boundary, " ", "", Today, [CaseRole.CouplesTherapist]), roles, Today);
        Assert.Equal(["Body", "ReviewOn", "Title"], boundary.Problems.Keys.Order());

        var relapse = AgreementCheck.Of(new AgreementDraft(AgreementKind.RelapseDefinition, "A slip", "", null, [], Tier: 9), roles, Today);
        Assert.Equal(["Body", "Tier"], relapse.Problems.Keys.Order());

        var commitment = AgreementCheck.Of(new AgreementDraft(AgreementKind.DisclosureCommitment, "Any contact", null, Today.PlusYears(9), [], TellWhom: [], WithinHours: 0), roles, Today);
        Assert.Equal(["ReviewOn", "TellWhom", "WithinHours"], commitment.Problems.Keys.Order());

        var noTherapist = CaseBuilder.OpenedByCouplesTherapist().Build().ActiveRoles().Values.SelectMany(r => r);
        Assert.True(AgreementCheck.Of(Boundary(audience: [CaseRole.SupportOfInvolvedPartner]), noTherapist, Today).Problems.ContainsKey("Audience"));
    }

    [Fact]
    public void ACommitmentNamesOnlyPeopleOnTheTeam()
    {
        var partnersAndCouplesTherapist = new[] { CaseRole.BetrayedPartner, CaseRole.InvolvedPartner, CaseRole.CouplesTherapist };
        var draft = new AgreementDraft(AgreementKind.DisclosureCommitment, "Any contact", null, null, [], TellWhom: [CommitmentRecipient.Partner, CommitmentRecipient.OwnSupport], WithinHours: 24);

        Assert.Contains("no therapist or coach", AgreementCheck.Of(draft, partnersAndCouplesTherapist, Today).Problems["TellWhom"], StringComparison.Ordinal);
        Assert.True(AgreementCheck.Of(draft, Team.ActiveRoles().Values.SelectMany(r => r), Today).IsValid);
        Assert.True(AgreementCheck.Of(draft with { TellWhom = [CommitmentRecipient.SupportPerson] }, [CaseRole.InvolvedPartner], Today).IsValid);
        Assert.Contains("no couples therapist", AgreementCheck.Of(draft with { TellWhom = [CommitmentRecipient.CouplesTherapist] }, [CaseRole.InvolvedPartner], Today).Problems["TellWhom"], StringComparison.Ordinal);
    }

    [Fact]
    public void ACommitmentLeftWithoutWords_IsWrittenFromItsTerms()
    {
        var check = AgreementCheck.Of(new AgreementDraft(AgreementKind.DisclosureCommitment, "Any contact from her", null, null, [],
            TellWhom: [CommitmentRecipient.OwnSupport, CommitmentRecipient.Partner], WithinHours: 24), Team.ActiveRoles().Values.SelectMany(r => r), Today);
        Assert.True(check.IsValid);
        Assert.Equal("The partner and their own therapist or coach are told within 24 hours.", check.Content.Body);
    }

    /// <summary>Whatever the partners do in whatever order, an agreed version was proposed by one and agreed by the other, and the words move with it.</summary>
    [Fact]
    public void EveryAgreedVersion_IsSignedByBothPartners_WhateverTheSequenceOfMoves()
    {
        var partners = new[] { CaseBuilder.BetrayedPartner, CaseBuilder.InvolvedPartner, CaseBuilder.CouplesTherapist };
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 5], Gen.Bool).Array[1, 12].Sample(moves =>
        {
            var (agreement, words) = Requested();
            foreach (var (who, what, stale) in moves)
            {
                var version = stale ? agreement.Version - 1 : agreement.Version;
                var before = (agreement.Status, agreement.Revision, agreement.AgreedVersion);
                try
                {
                    if (what == 3)
                    {
                        agreement.ProposeChange(As(partners[who]), words, version, Boundary($"Change {agreement.Version}"), Now);
                    }
                    else if (what == 4)
                    {
                        agreement.Withdraw(As(partners[who]), version, Now);
                    }
                    else if (what == 5)
                    {
                        agreement.ProposeRetirement(As(partners[who]), version, Now);
                    }
                    else
                    {
                        var answer = (AgreementAnswer)(what + 1);
                        agreement.Answer(As(partners[who]), words, version, answer, answer == AgreementAnswer.Counter ? Boundary($"Counter {agreement.Version}") : null, Now);
                    }
                }
                catch (DomainRuleViolation)
                {
                }

                if (words.Version != agreement.Version)
                {
                    return false;
                }

                // Set aside or taken back is where an agreement ends; only a proposal never agreed is taken back for good.
                if (before.Status is AgreementStatus.Retired or AgreementStatus.Withdrawn && (agreement.Status, agreement.Revision, agreement.AgreedVersion) != before
                    || agreement.Status == AgreementStatus.Withdrawn && agreement.AgreedVersion is not null)
                {
                    return false;
                }

                if (agreement.Signatures is { } signed && (signed.Proposed.By == signed.Agreed.By || signed.Agreed.By == CaseBuilder.CouplesTherapist
                    || signed.Proposed.Version != agreement.AgreedVersion || signed.Agreed.Version != agreement.AgreedVersion))
                {
                    return false;
                }
            }

            return true;
        }, iter: 2000);
    }
}
