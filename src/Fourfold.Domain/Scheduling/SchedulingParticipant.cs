using NodaTime;

namespace Fourfold.Domain.Scheduling;

/// <summary>
/// One person's calendar as the slot finder reads it: weekly hours in their own zone, extra hours, days off (whole
/// local days), and busy time (booked sessions and other commitments).
/// </summary>
public sealed record SchedulingParticipant(
    string Id,
    DateTimeZone Zone,
    IReadOnlyList<WeeklyWindow> WeeklyHours,
    IReadOnlyList<Interval> Busy,
    IReadOnlyList<Interval>? ExtraHours = null,
    IReadOnlySet<LocalDate>? DaysOff = null);
