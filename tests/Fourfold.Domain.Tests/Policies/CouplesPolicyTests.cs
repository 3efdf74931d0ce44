using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.Policies;
using NodaTime;

namespace Fourfold.Domain.Tests.Policies;

public sealed class CouplesPolicyTests
{
    private static readonly Instant Later = CaseBuilder.Start + Duration.FromDays(1);

    [Fact]
    public void SetCouplesPolicy_BySomeoneOtherThanTheCouplesTherapist_IsRefused()
    {
        var full = CaseBuilder.FullTeam().Build();

        Assert.Throws<DomainRuleViolation>(() =>
            full.SetCouplesPolicy(CaseBuilder.InvolvedSupport, ConfidentialityPolicy.NoSecrets, IndividualSessionPolicy.NotOffered, false, Later));
    }

    [Fact]
    public void SetCouplesPolicy_AChange_IsANewVersionThatNeedsNewAcknowledgements()
    {
        var full = CaseBuilder.FullTeam().Build();
        full.SetCouplesPolicy(CaseBuilder.CouplesTherapist, ConfidentialityPolicy.NoSecrets, IndividualSessionPolicy.NotOffered, false, Later);
        full.AcknowledgePolicy(CaseBuilder.BetrayedPartner, Later);
        full.AcknowledgePolicy(CaseBuilder.InvolvedPartner, Later);

        var changed = full.SetCouplesPolicy(CaseBuilder.CouplesTherapist, ConfidentialityPolicy.Confidential, IndividualSessionPolicy.NotOffered, false, Later);

        Assert.Equal(2, changed.Version);
        Assert.False(full.HasAcknowledgedPolicyInForce(PartnerRole.BetrayedPartner));
        Assert.Equal(BookingRefusal.NeitherPartnerHasAcknowledged,
            CouplesTherapistBooking.MayBookWithCouplesTherapist(full.BookingFacts(), new CouplesSessionRequest.Joint()).Refusal);
    }

    [Fact]
    public void SetCouplesPolicy_Unchanged_KeepsTheVersionAndItsAcknowledgements()
    {
        var full = CaseBuilder.FullTeam().Build();
        var offered = IndividualSessionPolicy.Offered(2, IndividualSessionScope.Ongoing);
        full.SetCouplesPolicy(CaseBuilder.CouplesTherapist, ConfidentialityPolicy.Discretion, offered, false, Later);
        full.AcknowledgePolicy(CaseBuilder.BetrayedPartner, Later);

        var again = full.SetCouplesPolicy(CaseBuilder.CouplesTherapist, ConfidentialityPolicy.Discretion, IndividualSessionPolicy.Offered(2, IndividualSessionScope.Ongoing), false, Later);

        Assert.Equal(1, again.Version);
        Assert.True(full.HasAcknowledgedPolicyInForce(PartnerRole.BetrayedPartner));
    }

    [Fact]
    public void AcknowledgePolicy_ByAProfessional_IsRefused()
    {
        var full = CaseBuilder.FullTeam().Build();
        full.SetCouplesPolicy(CaseBuilder.CouplesTherapist, ConfidentialityPolicy.NoSecrets, IndividualSessionPolicy.NotOffered, false, Later);

        Assert.Throws<DomainRuleViolation>(() => full.AcknowledgePolicy(CaseBuilder.BetrayedSupport, Later));
    }

    [Fact]
    public void AcknowledgePolicy_BeforeAnyPolicy_IsRefused()
    {
        var full = CaseBuilder.FullTeam().Build();

        Assert.Throws<DomainRuleViolation>(() => full.AcknowledgePolicy(CaseBuilder.BetrayedPartner, Later));
    }

    [Fact]
    public void BothAcknowledgements_OpenJointSessions()
    {
        var full = CaseBuilder.FullTeam().Build();
        full.SetCouplesPolicy(CaseBuilder.CouplesTherapist, ConfidentialityPolicy.NoSecrets, IndividualSessionPolicy.NotOffered, false, Later);

        full.AcknowledgePolicy(CaseBuilder.BetrayedPartner, Later);
        Assert.Equal(BookingRefusal.InvolvedPartnerHasNotAcknowledged,
            CouplesTherapistBooking.MayBookWithCouplesTherapist(full.BookingFacts(), new CouplesSessionRequest.Joint()).Refusal);

        full.AcknowledgePolicy(CaseBuilder.InvolvedPartner, Later);
        Assert.True(CouplesTherapistBooking.MayBookWithCouplesTherapist(full.BookingFacts(), new CouplesSessionRequest.Joint()).IsAllowed);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(53)]
    [InlineData(-1)]
    public void IndividualSessionPolicy_OutsideItsBounds_IsRefused(int sessions) =>
        Assert.Throws<DomainRuleViolation>(() => IndividualSessionPolicy.Offered(sessions, IndividualSessionScope.Ongoing));

    [Fact]
    public void PolicyWording_DescribesEveryConfidentialityPolicy()
    {
        foreach (var policy in Enum.GetValues<ConfidentialityPolicy>())
        {
            Assert.False(string.IsNullOrWhiteSpace(PolicyWording.Describe(policy)));
        }
    }
}
