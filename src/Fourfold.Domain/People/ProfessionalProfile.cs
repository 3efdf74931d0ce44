using Fourfold.Domain.Common;

namespace Fourfold.Domain.People;

/// <summary>
/// What a professional tells clients and colleagues about themself: shown to the people on their cases,
/// and read by a partner before meeting the other partner's therapist.
/// </summary>
public sealed record ProfessionalProfile
{
    public const int MaxShortTextLength = 200;
    public const int MaxLongTextLength = 2000;

    public ProfessionalProfile(
        ProfessionKind profession,
        string credentials,
        string training,
        string orientation,
        string assessmentUsed,
        ProfessionalContactPolicy contactPolicy,
        bool acceptsInformationFromPartners)
    {
        Profession = profession;
        Credentials = Bounded(credentials, MaxShortTextLength, "Credentials");
        Training = Bounded(training, MaxLongTextLength, "Training");
        Orientation = Bounded(orientation, MaxLongTextLength, "Orientation");
        AssessmentUsed = Bounded(assessmentUsed, MaxShortTextLength, "Assessment used");
        ContactPolicy = contactPolicy;
        AcceptsInformationFromPartners = acceptsInformationFromPartners;
    }

    public ProfessionKind Profession { get; private init; }

    /// <summary>Licences and certifications, as the professional writes them ("LMFT, CSAT-S").</summary>
    public string Credentials { get; private init; }

    public string Training { get; private init; }

    /// <summary>Therapeutic orientation and approach.</summary>
    public string Orientation { get; private init; }

    /// <summary>The structured assessment the professional uses.</summary>
    public string AssessmentUsed { get; private init; }

    public ProfessionalContactPolicy ContactPolicy { get; private init; }

    /// <summary>False when the professional does not take information from their clients' partners.</summary>
    public bool AcceptsInformationFromPartners { get; private init; }

    public static ProfessionalProfile Empty(ProfessionKind profession) =>
        new(profession, "", "", "", "", ProfessionalContactPolicy.CollaboratesUnderAuthorization, true);

    private static string Bounded(string? value, int maxLength, string field)
    {
        var trimmed = (value ?? "").Trim();
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainRuleViolation($"{field} can be at most {maxLength} characters.");
    }
}
