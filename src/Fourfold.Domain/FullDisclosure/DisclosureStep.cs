using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.FullDisclosure;

/// <summary>
/// A dated moment of the disclosure: a stage entered, a pause or a resumption, and who took it. A pause's reason is the
/// betrayed partner's own words, kept encrypted and bound to the step's id.
/// </summary>
public sealed record DisclosureStep(Guid Id, int Number, DisclosureStepKind Kind, DisclosureStage Stage, PersonId By, Instant At, string Reason = "")
{
    /// <summary>The step after <paramref name="number"/> steps taken.</summary>
    public static DisclosureStep Of(int number, DisclosureStepKind kind, DisclosureStage stage, PersonId by, Instant at, string reason = "") =>
        new(Guid.CreateVersion7(at.ToDateTimeOffset()), number + 1, kind, stage, by, at, reason);
}

public enum DisclosureStepKind
{
    Entered = 1,
    Paused = 2,
    Resumed = 3,
}
