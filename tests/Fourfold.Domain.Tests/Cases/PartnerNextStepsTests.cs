using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;
using NodaTime;

namespace Fourfold.Domain.Tests.Cases;

/// <summary>
/// A partner's case page lists what applies to them next: acknowledge the couples therapist's policies, find support
/// of their own if they have none, choose what to share, and come to the next session.
/// </summary>
public sealed class PartnerNextStepsTests
{
    private static readonly Instant Later = CaseBuilder.Start + Duration.FromDays(2);

    [Fact]
    public void ANewCaseWithAPolicyNobodyAcknowledged_AsksForAcknowledgementAndSharing_NotForSupportThePartnerHas()
    {
        var full = CaseBuilder.FullTeam().Build();
        full.SetCouplesPolicy(CaseBuilder.CouplesTherapist, ConfidentialityPolicy.NoSecrets, IndividualSessionPolicy.NotOffered, false, Later);

        var steps = PartnerNextSteps.For(full, PartnerRole.BetrayedPartner, hasAuthorizationInForce: false, hasSessionToCome: false, Later);

        Assert.Equal([PartnerNextStep.AcknowledgeCouplesPolicies, PartnerNextStep.ChooseWhatToShare], steps);
    }

    [Fact]
    public void OnceAcknowledgedAndShared_OnlyTheNextSessionRemains()
    {
        var full = CaseBuilder.FullTeam().Build();
        full.SetCouplesPolicy(CaseBuilder.CouplesTherapist, ConfidentialityPolicy.NoSecrets, IndividualSessionPolicy.NotOffered, false, Later);
        full.AcknowledgePolicy(CaseBuilder.InvolvedPartner, Later);

        Assert.Equal([PartnerNextStep.ComeToTheNextSession], PartnerNextSteps.For(full, PartnerRole.InvolvedPartner, true, true, Later));
        Assert.Empty(PartnerNextSteps.For(full, PartnerRole.InvolvedPartner, true, false, Later));
    }

    [Fact]
    public void APartnerWithNoSupportOfTheirOwn_IsToldSo_UntilSomeoneIsInvited()
    {
        var noSupports = CaseBuilder.OpenedByCouplesTherapist()
            .With(CaseRole.BetrayedPartner, CaseBuilder.BetrayedPartner, PersonKind.Client)
            .With(CaseRole.InvolvedPartner, CaseBuilder.InvolvedPartner, PersonKind.Client)
            .Build();

        Assert.Contains(PartnerNextStep.FindIndividualSupport, PartnerNextSteps.For(noSupports, PartnerRole.InvolvedPartner, true, false, Later));

        noSupports.Invite(new TeamInvitation(CaseRole.SupportOfInvolvedPartner, "support@practice.test", "A therapist"), CaseBuilder.CouplesTherapist, "hash", Later);
        Assert.DoesNotContain(PartnerNextStep.FindIndividualSupport, PartnerNextSteps.For(noSupports, PartnerRole.InvolvedPartner, true, false, Later));
    }

    [Fact]
    public void ACaseWithoutACouplesTherapist_NeverAsksForPolicies()
    {
        var coach = PersonId.New();
        var coachLed = Case.Open(CaseId.New(), CaseBuilder.Practice, "Park", coach, "A coach", "coach@practice.test", [CaseRole.SupportOfBetrayedPartner], CaseBuilder.Start);

        var steps = PartnerNextSteps.For(coachLed, PartnerRole.BetrayedPartner, true, false, Later);

        Assert.False(coachLed.HasCouplesTherapist);
        Assert.Empty(steps);
    }
}
