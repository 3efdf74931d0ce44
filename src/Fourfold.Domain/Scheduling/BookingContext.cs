using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;
using NodaTime;

namespace Fourfold.Domain.Scheduling;

/// <summary>
/// What booking a session needs to know at one instant: who holds which role in the case, the couples therapist's
/// booking facts (policy, acknowledgements, individual sessions held), everyone's busy time, and the names to say
/// who is not free.
/// </summary>
public sealed record BookingContext(
    CaseId CaseId,
    PersonId Booker,
    IReadOnlyDictionary<PersonId, IReadOnlySet<CaseRole>> Roles,
    CouplesTherapistBookingFacts CouplesFacts,
    IReadOnlyDictionary<PersonId, IReadOnlyList<Interval>> Busy,
    IReadOnlyDictionary<PersonId, string> Names,
    Duration Buffer,
    Instant Now);
