namespace Fourfold.Domain.Policies;

/// <summary>Why a session with the couples therapist cannot be booked now.</summary>
public enum BookingRefusal
{
    NoCouplesTherapist = 1,
    PolicyNotSet = 2,
    BetrayedPartnerHasNotAcknowledged = 3,
    InvolvedPartnerHasNotAcknowledged = 4,
    NeitherPartnerHasAcknowledged = 5,
    CaseIsDivorceBound = 6,
    IndividualSessionsNotOffered = 7,
    IndividualSessionsForAssessmentOnly = 8,
    IndividualSessionLimitReached = 9,
}
