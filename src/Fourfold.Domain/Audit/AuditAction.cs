namespace Fourfold.Domain.Audit;

/// <summary>What happened, in an audit event.</summary>
public enum AuditAction
{
    SignIn = 1,
    SignInFailed = 2,
    ReadItem = 3,
    ReadDenied = 4,
    AuthorizationSigned = 5,
    AuthorizationRevoked = 6,
    CaseOpened = 7,
    TeamMemberInvited = 8,
    InvitationAccepted = 9,
    InvitationWithdrawn = 10,
    CouplesPolicySet = 11,
    CouplesPolicyAcknowledged = 12,
    ItemWritten = 13,
    ItemEdited = 14,

    /// <summary>A page of items read at once (a timeline page): every item, with its own rule, listed in the one event.</summary>
    ReadItems = 15,

    /// <summary>Stored text re-encrypted under the active key; the rule names the key and the counts.</summary>
    DataReencrypted = 16,
    SessionBooked = 17,
    SessionMoved = 18,
    SessionCancelled = 19,
    AttendanceMarked = 20,
    AvailabilitySet = 21,
    CalendarFeedRenewed = 22,
    BalanceAnswered = 23,

    /// <summary>A practice administrator changed the country or crisis line the practice shows its clients.</summary>
    PracticeSafetySettingsChanged = 24,

    /// <summary>
    /// Items named by their titles alone (in "who has seen my information"): recorded as reads, listed item by item like
    /// a page read, but not counted as someone opening them.
    /// </summary>
    ReadItemTitles = 25,

    /// <summary>Where a booked session happens (place, video link) was changed.</summary>
    SessionVenueChanged = 26,

    /// <summary>
    /// The first event of a trail, written when its database is created: a trail without it (or without any event) was
    /// wiped.
    /// </summary>
    ChainStarted = 27,

    /// <summary>Someone's place on a case team was ended, with the reason; their access ended with it.</summary>
    TeamPlaceEnded = 28,

    /// <summary>A person added a passkey to their account; their other sign-ins ended.</summary>
    PasskeyAdded = 29,

    /// <summary>A person removed one of their passkeys; their other sign-ins ended.</summary>
    PasskeyRemoved = 30,

    /// <summary>A practice administrator turned an account of their practice off; its sign-ins ended.</summary>
    AccountDisabled = 31,

    /// <summary>A practice administrator turned a disabled account of their practice back on.</summary>
    AccountEnabled = 32,

    /// <summary>A partner proposed an agreement, or a change to one in force.</summary>
    AgreementProposed = 33,

    /// <summary>A partner answered the other's proposal: agreed, asked to talk it through, or countered.</summary>
    AgreementAnswered = 34,

    /// <summary>An entry of the disclosure log was recorded.</summary>
    DisclosureRecorded = 35,

    /// <summary>A partner recorded a couple or safety check-in, for those they picked.</summary>
    CheckInRecorded = 36,

    /// <summary>A professional set homework for one partner or both.</summary>
    HomeworkSet = 37,

    /// <summary>A partner wrote how a piece of homework went.</summary>
    HomeworkLogged = 38,

    /// <summary>A partner's own professional marked a note of how the homework went as talked through.</summary>
    HomeworkTalkedThrough = 39,

    /// <summary>A partner put something on the next joint session's agenda.</summary>
    AgendaTopicRaised = 40,

    /// <summary>The couples therapist marked a topic of the joint session's agenda discussed.</summary>
    AgendaTopicDiscussed = 41,

    /// <summary>A partner replied to a disclosure, a check-in or a reply.</summary>
    ReplyWritten = 42,

    /// <summary>A professional started the case's full disclosure.</summary>
    FullDisclosureStarted = 43,

    /// <summary>A step of the full disclosure was taken or recorded: its plan, approval, readiness, session, polygraph, a stage.</summary>
    FullDisclosureMoved = 44,

    /// <summary>The betrayed partner paused the full disclosure.</summary>
    FullDisclosurePaused = 45,

    /// <summary>The betrayed partner's side resumed the full disclosure.</summary>
    FullDisclosureResumed = 46,

    /// <summary>The betrayed partner wrote a question for the full disclosure.</summary>
    DisclosureQuestionWritten = 47,

    /// <summary>A draft of the written full disclosure was saved.</summary>
    DisclosureDraftWritten = 48,

    /// <summary>A partner asked to meet the other partner's therapist or coach.</summary>
    MeetingRequested = 49,

    /// <summary>The other partner, or the therapist asked, answered a request to meet.</summary>
    MeetingRequestAnswered = 50,

    /// <summary>The therapist booked the meeting a partner asked for.</summary>
    MeetingBooked = 51,

    /// <summary>The therapist wrote back after meeting a client's partner.</summary>
    MeetingAnswerWritten = 52,
}
