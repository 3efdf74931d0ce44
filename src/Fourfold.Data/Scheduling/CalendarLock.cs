using Fourfold.Domain.People;

namespace Fourfold.Data.Scheduling;

/// <summary>
/// One row per person whose calendar a booking changes. Every booking, move or cancellation bumps the rows of everyone
/// taking part in the same transaction; two bookings that checked the same calendar at the same moment cannot both
/// bump it, so one of two overlapping bookings for the same person fails, whatever cases they belong to.
/// </summary>
public sealed class CalendarLock
{
    public PersonId Person { get; set; }

    public long Version { get; set; }
}
