using Fourfold.Domain.Cases;

namespace Fourfold.Domain.FullDisclosure;

/// <summary>
/// One step the disclosure may take: from one stage to the next, who on the team may take it, and what must be true of
/// the disclosure first.
/// </summary>
public sealed record DisclosureTransition(DisclosureStage From, DisclosureStage To, IReadOnlySet<CaseRole> Movers, DisclosureCondition Condition);

/// <summary>What must hold before a step is taken.</summary>
public enum DisclosureCondition
{
    None = 0,
    PlanSettled = 1,
    DraftWritten = 2,
    ApprovedAndReadyWithPolygraphFirst = 3,
    ApprovedReadyAndBooked = 4,
    PolygraphRecordedAndBooked = 5,
    PolygraphAfter = 6,
    NoPolygraphAfter = 7,
    PolygraphRecorded = 8,
}
