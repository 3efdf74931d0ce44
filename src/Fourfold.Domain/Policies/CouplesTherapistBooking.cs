using Fourfold.Domain.Cases;

namespace Fourfold.Domain.Policies;

/// <summary>
/// Decides whether a session with the couples therapist may be booked now. Both partners must have acknowledged the
/// policy version in force; individual sessions must also be offered by that policy, within its count and kind, and
/// never in a divorce-bound case.
/// </summary>
public static class CouplesTherapistBooking
{
    public static BookingVerdict MayBookWithCouplesTherapist(CouplesTherapistBookingFacts facts, CouplesSessionRequest request)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(request);

        if (!facts.HasCouplesTherapist)
        {
            return BookingVerdict.Refused(BookingRefusal.NoCouplesTherapist);
        }

        if (facts.Policy is not { } policy)
        {
            return BookingVerdict.Refused(BookingRefusal.PolicyNotSet);
        }

        var acknowledgementRefusal = AcknowledgementRefusal(facts, policy.Version);
        if (acknowledgementRefusal is { } refusal)
        {
            return BookingVerdict.Refused(refusal);
        }

        return request switch
        {
            CouplesSessionRequest.Joint => BookingVerdict.Allowed,
            CouplesSessionRequest.Individual individual => IndividualVerdict(facts, policy.IndividualSessions, individual),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request, null),
        };
    }

    private static BookingRefusal? AcknowledgementRefusal(CouplesTherapistBookingFacts facts, int versionInForce)
    {
        var betrayedAcknowledged = facts.BetrayedPartnerAcknowledgedVersion == versionInForce;
        var involvedAcknowledged = facts.InvolvedPartnerAcknowledgedVersion == versionInForce;
        return (betrayedAcknowledged, involvedAcknowledged) switch
        {
            (true, true) => null,
            (false, false) => BookingRefusal.NeitherPartnerHasAcknowledged,
            (false, true) => BookingRefusal.BetrayedPartnerHasNotAcknowledged,
            (true, false) => BookingRefusal.InvolvedPartnerHasNotAcknowledged,
        };
    }

    private static BookingVerdict IndividualVerdict(CouplesTherapistBookingFacts facts, IndividualSessionPolicy policy, CouplesSessionRequest.Individual request)
    {
        if (facts.IsDivorceBound)
        {
            return BookingVerdict.Refused(BookingRefusal.CaseIsDivorceBound);
        }

        if (!policy.IsAllowed)
        {
            return BookingVerdict.Refused(BookingRefusal.IndividualSessionsNotOffered);
        }

        if (policy.Scope == IndividualSessionScope.AssessmentOnly && !request.IsForAssessment)
        {
            return BookingVerdict.Refused(BookingRefusal.IndividualSessionsForAssessmentOnly);
        }

        var held = request.Partner switch
        {
            PartnerRole.BetrayedPartner => facts.BetrayedPartnerIndividualSessions,
            PartnerRole.InvolvedPartner => facts.InvolvedPartnerIndividualSessions,
        };

        return held >= policy.MaxSessionsPerPartner
            ? BookingVerdict.Refused(BookingRefusal.IndividualSessionLimitReached)
            : BookingVerdict.Allowed;
    }
}
