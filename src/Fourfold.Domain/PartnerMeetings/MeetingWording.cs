namespace Fourfold.Domain.PartnerMeetings;

/// <summary>A meeting request's statuses and refusals in plain words, for both partners and the therapist.</summary>
public static class MeetingWording
{
    /// <summary>Said with every concern a partner sends: the therapist is not asked to answer it.</summary>
    public const string NoAnswerExpected = "I am not asking for an answer to these. I would like you to know them.";

    public static string Describe(MeetingRequestStatus status) => status switch
    {
        MeetingRequestStatus.AwaitingPartner => "Waiting for the other partner to agree",
        MeetingRequestStatus.DeclinedByPartner => "The other partner did not agree",
        MeetingRequestStatus.AwaitingTherapist => "Waiting for the therapist",
        MeetingRequestStatus.DeclinedByTherapist => "The therapist declined",
        MeetingRequestStatus.Accepted => "Accepted; a time is still to be booked",
        MeetingRequestStatus.Booked => "Booked",
    };

    public static string Explain(MeetingRefusal refusal) => refusal switch
    {
        MeetingRefusal.OnlyAPartnerAsks => "A meeting with the other partner's therapist or coach is asked for by a partner.",
        MeetingRefusal.NotTheOtherPartnersSupport => "Choose your partner's own therapist or coach on this case.",
        MeetingRefusal.NotTheOtherPartner => "This is for the other partner to answer.",
        MeetingRefusal.NotTheTherapistAsked => "This is for the therapist or coach who was asked.",
        MeetingRefusal.NotAwaitingThePartner => "The other partner has already answered.",
        MeetingRefusal.NotAwaitingTheTherapist => "This request is not waiting for the therapist's answer.",
        MeetingRefusal.NotAccepted => "The meeting has to be accepted first, and not yet booked.",
        MeetingRefusal.NoQuestions => "Choose or write at least one question you would like to ask.",
        MeetingRefusal.TooManyQuestions => $"Keep to {MeetingRequest.MostQuestions} questions; the meeting is short.",
        MeetingRefusal.QuestionTooLong => $"Keep each question to {MeetingRequest.MaxQuestionLength} characters.",
        MeetingRefusal.TooManyConcerns => $"Send at most {MeetingRequest.MostConcerns} concerns: the ones that matter most.",
        MeetingRefusal.ConcernTooLong => $"Keep each concern to {MeetingRequest.MaxConcernLength:N0} characters.",
        MeetingRefusal.TakesNoInformationFromPartners => "This therapist or coach does not take information from their clients' partners, so concerns cannot be sent to them. The questions can still be asked in a meeting: a request without concerns can be sent.",
        MeetingRefusal.AlreadyAsked => "You have already asked to meet this therapist or coach; that request is still open.",
        MeetingRefusal.NothingWritten => "Write what you would like to say.",
        MeetingRefusal.AnswerTooLong => $"Keep the answer to {Records.ItemContent.MaxBodyLength:N0} characters.",
    };
}
