namespace Fourfold.Domain.Policies;

/// <summary>What the booking rule needs to know about a case at one instant.</summary>
public sealed record CouplesTherapistBookingFacts(
    bool HasCouplesTherapist,
    CouplesPolicy? Policy,
    int? BetrayedPartnerAcknowledgedVersion,
    int? InvolvedPartnerAcknowledgedVersion,
    bool IsDivorceBound,
    int BetrayedPartnerIndividualSessions,
    int InvolvedPartnerIndividualSessions);
