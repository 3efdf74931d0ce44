namespace Fourfold.Domain.PartnerMeetings;

/// <summary>
/// What a partner may ask when they meet the other partner's therapist or coach: a starting list to pick from and
/// put in their own words.
/// </summary>
public static class GuidingQuestions
{
    public static IReadOnlyList<string> All { get; } =
    [
        "What training and orientation do you have in working with betrayal and with problematic sexual behaviour?",
        "Have you done a formal assessment? If so, can its conclusions be shared with me?",
        "What is the focus of your work together now?",
        "What are the short- and long-term goals, and how will you know they are being reached?",
        "What else do you recommend: groups, meetings, reading, podcasts?",
        "How do you communicate with the other professionals on our team?",
        "What would it help you to know from me?",
        "How would you prefer I share information with you later: email, a note here, or a call?",
    ];
}
