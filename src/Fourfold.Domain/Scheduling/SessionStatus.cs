namespace Fourfold.Domain.Scheduling;

public enum SessionStatus
{
    Booked = 1,
    Cancelled = 2,
}
