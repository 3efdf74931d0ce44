using NodaTime;

namespace Fourfold.Domain.FullDisclosure;

/// <summary>
/// How the disclosure will be given: where, whether in person, whether the betrayed partner's support person is there
/// (in the room or online), the polygraph and who gives it, and the date the team is working towards.
/// </summary>
public sealed record DisclosurePlan(
    string Place,
    bool InPerson,
    SupportPersonPresence SupportPerson,
    PolygraphTiming Polygraph,
    string PolygraphExaminer,
    LocalDate? TargetDate)
{
    public const int MaxPlaceLength = 200;

    public const int MaxExaminerLength = 200;

    public static DisclosurePlan Empty { get; } = new("", true, SupportPersonPresence.NotPresent, PolygraphTiming.None, "", null);

    /// <summary>Enough is settled to start on the questions: where, and a target date; and who examines, if there is a polygraph.</summary>
    public bool IsSettled =>
        !string.IsNullOrWhiteSpace(Place) && TargetDate is not null
        && (Polygraph == PolygraphTiming.None || !string.IsNullOrWhiteSpace(PolygraphExaminer));
}

/// <summary>Whether the betrayed partner's support person is at the disclosure, and how.</summary>
public enum SupportPersonPresence
{
    NotPresent = 0,
    InTheRoom = 1,
    Online = 2,
}
