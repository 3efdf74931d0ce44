namespace Fourfold.Domain.PartnerMeetings;

/// <summary>Where a partner's request to meet the other partner's therapist stands.</summary>
public enum MeetingRequestStatus
{
    /// <summary>Asked; the other partner has not answered yet. The therapist is not asked until they agree.</summary>
    AwaitingPartner = 1,

    /// <summary>The other partner did not agree; the therapist was never asked.</summary>
    DeclinedByPartner = 2,

    /// <summary>The other partner agreed; the therapist has the request and the preparation.</summary>
    AwaitingTherapist = 3,

    /// <summary>The therapist declined.</summary>
    DeclinedByTherapist = 4,

    /// <summary>The therapist accepted; a time is still to be booked.</summary>
    Accepted = 5,

    /// <summary>The meeting is booked as a session.</summary>
    Booked = 6,
}
