using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Data.Scheduling;

/// <summary>
/// A person's calendar feed: its secret is known only to them (the address they copy into their calendar app); the
/// database keeps its SHA-256. Regenerating replaces it, and the old address stops working.
/// </summary>
public sealed class CalendarFeed
{
    public PersonId Person { get; set; }

    public string SecretHash { get; set; } = "";

    public Instant CreatedAt { get; set; }
}
