using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.FullDisclosure;

/// <summary>A dated moment of the disclosure: a stage entered, a pause or a resumption, and who took it.</summary>
public sealed record DisclosureStep(DisclosureStepKind Kind, DisclosureStage Stage, PersonId By, Instant At, string Reason = "");

public enum DisclosureStepKind
{
    Entered = 1,
    Paused = 2,
    Resumed = 3,
}
