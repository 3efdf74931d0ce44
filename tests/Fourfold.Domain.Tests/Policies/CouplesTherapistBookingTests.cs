using CsCheck;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;
using NodaTime;

namespace Fourfold.Domain.Tests.Policies;

public sealed class CouplesTherapistBookingTests
{
    private static readonly CouplesPolicy Version2OfferingTwoForAssessment =
        new(2, ConfidentialityPolicy.NoSecrets, IndividualSessionPolicy.Offered(2, IndividualSessionScope.AssessmentOnly), PersonId.New(), Instant.FromUtc(2026, 1, 1, 0, 0));

    private static CouplesTherapistBookingFacts Ready(
        bool hasCouplesTherapist = true,
        CouplesPolicy? policy = null,
        int? betrayedVersion = 2,
        int? involvedVersion = 2,
        bool divorceBound = false,
        int betrayedSessions = 0,
        int involvedSessions = 0) =>
        new(hasCouplesTherapist, policy ?? Version2OfferingTwoForAssessment, betrayedVersion, involvedVersion, divorceBound, betrayedSessions, involvedSessions);

    public static TheoryData<CouplesTherapistBookingFacts, CouplesSessionRequest, BookingRefusal?> Matrix => new()
    {
        { Ready(), new CouplesSessionRequest.Joint(), null },
        { Ready(hasCouplesTherapist: false), new CouplesSessionRequest.Joint(), BookingRefusal.NoCouplesTherapist },
        { new(true, null, null, null, false, 0, 0), new CouplesSessionRequest.Joint(), BookingRefusal.PolicyNotSet },
        { Ready(betrayedVersion: null, involvedVersion: null), new CouplesSessionRequest.Joint(), BookingRefusal.NeitherPartnerHasAcknowledged },
        { Ready(betrayedVersion: 1), new CouplesSessionRequest.Joint(), BookingRefusal.BetrayedPartnerHasNotAcknowledged },
        { Ready(involvedVersion: 1), new CouplesSessionRequest.Joint(), BookingRefusal.InvolvedPartnerHasNotAcknowledged },
        { Ready(divorceBound: true), new CouplesSessionRequest.Joint(), null },
        { Ready(), new CouplesSessionRequest.Individual(PartnerRole.BetrayedPartner, true), null },
        { Ready(divorceBound: true), new CouplesSessionRequest.Individual(PartnerRole.BetrayedPartner, true), BookingRefusal.CaseIsDivorceBound },
        { Ready(), new CouplesSessionRequest.Individual(PartnerRole.InvolvedPartner, false), BookingRefusal.IndividualSessionsForAssessmentOnly },
        { Ready(involvedSessions: 2), new CouplesSessionRequest.Individual(PartnerRole.InvolvedPartner, true), BookingRefusal.IndividualSessionLimitReached },
        { Ready(involvedSessions: 2), new CouplesSessionRequest.Individual(PartnerRole.BetrayedPartner, true), null },
        {
            Ready(policy: new CouplesPolicy(2, ConfidentialityPolicy.Confidential, IndividualSessionPolicy.NotOffered, PersonId.New(), Instant.MinValue)),
            new CouplesSessionRequest.Individual(PartnerRole.BetrayedPartner, true), BookingRefusal.IndividualSessionsNotOffered
        },
        { Ready(betrayedVersion: null), new CouplesSessionRequest.Individual(PartnerRole.InvolvedPartner, true), BookingRefusal.BetrayedPartnerHasNotAcknowledged },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void MayBookWithCouplesTherapist_AnswersWithTheFirstReasonThatApplies(CouplesTherapistBookingFacts facts, CouplesSessionRequest request, BookingRefusal? expected)
    {
        var verdict = CouplesTherapistBooking.MayBookWithCouplesTherapist(facts, request);

        Assert.Equal(expected, verdict.Refusal);
        Assert.False(string.IsNullOrWhiteSpace(verdict.Explanation));
    }

    private static Gen<bool> Sometimes(int percent) => Gen.Int[0, 99].Select(roll => roll < percent);

    private static readonly Gen<CouplesPolicy?> GenPolicy =
        Gen.Select(Gen.Int[1, 4], Gen.Enum<ConfidentialityPolicy>(), Gen.Bool, Gen.Int[1, 4], Gen.Enum<IndividualSessionScope>(), Sometimes(15))
            .Select((version, confidentiality, offered, count, scope, missing) => missing ? null : new CouplesPolicy(
                version, confidentiality, offered ? IndividualSessionPolicy.Offered(count, scope) : IndividualSessionPolicy.NotOffered, PersonId.New(), Instant.MinValue));

    private static readonly Gen<int?> GenAcknowledgedVersion =
        Gen.Select(Gen.Int[1, 4], Sometimes(25)).Select((version, missing) => missing ? (int?)null : version);

    private static readonly Gen<CouplesTherapistBookingFacts> GenFacts =
        Gen.Select(Sometimes(90), GenPolicy, GenAcknowledgedVersion, GenAcknowledgedVersion, Gen.Bool, Gen.Int[0, 5], Gen.Int[0, 5])
            .Select((ct, policy, b, i, divorce, bs, @is) => new CouplesTherapistBookingFacts(ct, policy, b, i, divorce, bs, @is));

    private static readonly Gen<CouplesSessionRequest> GenRequest =
        Gen.OneOf<CouplesSessionRequest>(
            Gen.Const<CouplesSessionRequest>(new CouplesSessionRequest.Joint()),
            Gen.Select(Gen.Enum<PartnerRole>(), Gen.Bool).Select(CouplesSessionRequest (p, a) => new CouplesSessionRequest.Individual(p, a)));

    [Fact]
    public void MayBookWithCouplesTherapist_AllowsExactlyWhenEveryConditionHolds() =>
        Gen.Select(GenFacts, GenRequest).Sample((facts, request) =>
        {
            var expected = EveryConditionHolds(facts, request);
            var verdict = CouplesTherapistBooking.MayBookWithCouplesTherapist(facts, request);
            return verdict.IsAllowed == expected && (verdict.IsAllowed || verdict.Refusal is not null);
        }, iter: 2000);

    [Fact]
    public void MayBookWithCouplesTherapist_NeverAllowsWithoutBothAcknowledgementsOfTheVersionInForce() =>
        Gen.Select(GenFacts, GenRequest).Sample((facts, request) =>
            !CouplesTherapistBooking.MayBookWithCouplesTherapist(facts, request).IsAllowed
            || (facts.Policy is { } p && facts.BetrayedPartnerAcknowledgedVersion == p.Version && facts.InvolvedPartnerAcknowledgedVersion == p.Version),
            iter: 2000);

    /// <summary>An independent statement of the rule, written as one boolean expression.</summary>
    private static bool EveryConditionHolds(CouplesTherapistBookingFacts f, CouplesSessionRequest request)
    {
        var acknowledged = f.HasCouplesTherapist && f.Policy is not null
            && f.BetrayedPartnerAcknowledgedVersion == f.Policy.Version && f.InvolvedPartnerAcknowledgedVersion == f.Policy.Version;
        return request switch
        {
            CouplesSessionRequest.Individual i => acknowledged
                && !f.IsDivorceBound
                && f.Policy!.IndividualSessions.IsAllowed
                && (i.IsForAssessment || f.Policy.IndividualSessions.Scope == IndividualSessionScope.Ongoing)
                && (i.Partner == PartnerRole.BetrayedPartner ? f.BetrayedPartnerIndividualSessions : f.InvolvedPartnerIndividualSessions) < f.Policy.IndividualSessions.MaxSessionsPerPartner,
            _ => acknowledged,
        };
    }
}
