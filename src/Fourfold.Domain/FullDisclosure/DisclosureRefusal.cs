namespace Fourfold.Domain.FullDisclosure;

/// <summary>Why a step of the disclosure was refused; <see cref="DisclosureWording"/> says it in words.</summary>
public enum DisclosureRefusal
{
    NotTheNextStep = 1,
    NotYoursToMove = 2,
    Paused = 3,
    PlanNotSettled = 4,
    NoDraftYet = 5,
    DraftNotApproved = 6,
    ReadinessNotConfirmed = 7,
    NoSessionBooked = 8,
    PolygraphResultMissing = 9,
    AlreadyComplete = 10,
    OnlyTheBetrayedPartnerPauses = 11,
    AlreadyPaused = 12,
    NotPaused = 13,
    OnlyTheBetrayedPartnersSideResumes = 14,
    NotAtThisStage = 15,
    NotYoursToRecord = 16,
}
