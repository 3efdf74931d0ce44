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

    /// <summary>Checks a plan field by field; empty when it may be kept. Parts may be left for later, but not set wrong.</summary>
    public static Dictionary<string, string> Check(DisclosurePlan plan, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = new Dictionary<string, string>();
        if (plan.Place.Trim().Length > MaxPlaceLength)
        {
            problems[nameof(Place)] = $"Keep where it happens to {MaxPlaceLength} characters.";
        }

        if (plan.PolygraphExaminer.Trim().Length > MaxExaminerLength)
        {
            problems[nameof(PolygraphExaminer)] = $"Keep the examiner's name to {MaxExaminerLength} characters.";
        }

        if (!Enum.IsDefined(plan.Polygraph))
        {
            problems[nameof(Polygraph)] = "Choose whether there is a polygraph, and when.";
        }

        if (!Enum.IsDefined(plan.SupportPerson))
        {
            problems[nameof(SupportPerson)] = "Choose whether the betrayed partner's support person is there.";
        }

        if (plan.TargetDate is { } target && target < today)
        {
            problems[nameof(TargetDate)] = "The target date cannot be in the past.";
        }

        return problems;
    }

    /// <summary>The same plan with its text trimmed, and no examiner kept when there is no polygraph.</summary>
    public DisclosurePlan Trimmed() => this with
    {
        Place = Place.Trim(),
        PolygraphExaminer = Polygraph == PolygraphTiming.None ? "" : PolygraphExaminer.Trim(),
    };

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
