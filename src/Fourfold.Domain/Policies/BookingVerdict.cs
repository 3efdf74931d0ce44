namespace Fourfold.Domain.Policies;

/// <summary>The answer of <see cref="CouplesTherapistBooking.MayBookWithCouplesTherapist"/>: allowed, or refused with its reason.</summary>
public sealed record BookingVerdict
{
    private BookingVerdict(BookingRefusal? refusal) => Refusal = refusal;

    public static BookingVerdict Allowed { get; } = new((BookingRefusal?)null);

    public BookingRefusal? Refusal { get; }

    public bool IsAllowed => Refusal is null;

    public static BookingVerdict Refused(BookingRefusal reason) => new(reason);

    /// <summary>The reason in words the team and the partners can act on.</summary>
    public string Explanation => Refusal switch
    {
        null => "Sessions with the couples therapist can be booked.",
        BookingRefusal.NoCouplesTherapist => "This case has no couples therapist yet.",
        BookingRefusal.PolicyNotSet => "The couples therapist has not yet set their confidentiality and individual-session policies.",
        BookingRefusal.BetrayedPartnerHasNotAcknowledged => "Waiting for the betrayed partner to acknowledge the couples therapist's policies.",
        BookingRefusal.InvolvedPartnerHasNotAcknowledged => "Waiting for the involved partner to acknowledge the couples therapist's policies.",
        BookingRefusal.NeitherPartnerHasAcknowledged => "Waiting for both partners to acknowledge the couples therapist's policies.",
        BookingRefusal.CaseIsDivorceBound => "This case is marked divorce-bound: the couples therapist holds no individual sessions.",
        BookingRefusal.IndividualSessionsNotOffered => "The couples therapist's policy for this case offers no individual sessions.",
        BookingRefusal.IndividualSessionsForAssessmentOnly => "The couples therapist's policy offers individual sessions for the assessment only.",
        BookingRefusal.IndividualSessionLimitReached => "This partner has had every individual session the couples therapist's policy allows.",
        _ => throw new ArgumentOutOfRangeException(nameof(Refusal), Refusal, null),
    };
}
