namespace Fourfold.Domain.PartnerMeetings;

/// <summary>Why a step of a meeting request was refused; <see cref="MeetingWording"/> says it in words.</summary>
public enum MeetingRefusal
{
    OnlyAPartnerAsks = 1,
    NotTheOtherPartnersSupport = 2,
    NotTheOtherPartner = 3,
    NotTheTherapistAsked = 4,
    NotAwaitingThePartner = 5,
    NotAwaitingTheTherapist = 6,
    NotAccepted = 7,
    NoQuestions = 8,
    TooManyQuestions = 9,
    QuestionTooLong = 10,
    TooManyConcerns = 11,
    ConcernTooLong = 12,
    TakesNoInformationFromPartners = 13,
    AlreadyAsked = 14,
    NothingWritten = 15,
    AnswerTooLong = 16,
}
