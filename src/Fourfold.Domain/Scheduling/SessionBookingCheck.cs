using Fourfold.Domain.Cases;
using Fourfold.Domain.Policies;

namespace Fourfold.Domain.Scheduling;

/// <summary>
/// The verdict on a booking request: the people who would take part, and every problem by field (empty when it may be
/// booked). A refusal by the couples therapist's policy keeps its reason.
/// </summary>
public sealed record SessionBookingCheck(
    CaseId CaseId,
    SessionRequest Request,
    IReadOnlyList<SessionParticipant> Participants,
    IReadOnlyDictionary<string, string> Problems,
    BookingRefusal? PolicyRefusal)
{
    public bool IsValid => Problems.Count == 0;
}
