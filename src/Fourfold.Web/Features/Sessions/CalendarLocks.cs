using Fourfold.Data;
using Fourfold.Data.Scheduling;
using Fourfold.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Sessions;

/// <summary>
/// Takes the calendar rows of everyone a booking touches before their busy time is read, and bumps them in the
/// booking's own save: if another booking for any of them was saved in between, the save fails instead of booking
/// the same person twice.
/// </summary>
internal static class CalendarLocks
{
    public const string TakenMeanwhile = "Someone booked one of these people at the same moment. Look at the times again and choose one that is still free.";

    public static async Task<IReadOnlyList<CalendarLock>> TakeAsync(FourfoldDbContext db, IReadOnlyCollection<PersonId> people, CancellationToken cancellationToken)
    {
        var ids = people.Distinct().ToList();
        var existing = await db.CalendarLocks.Where(l => ids.Contains(l.Person)).ToListAsync(cancellationToken);
        var missing = ids.Where(id => existing.All(l => l.Person != id)).ToList();
        if (missing.Count == 0)
        {
            return existing;
        }

        // A first booking creates the rows; another creating them at the same moment is no conflict yet.
        var created = missing.Select(person => new CalendarLock { Person = person }).ToList();
        db.CalendarLocks.AddRange(created);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            created.ForEach(row => db.Entry(row).State = EntityState.Detached);
        }

        return await db.CalendarLocks.Where(l => ids.Contains(l.Person)).ToListAsync(cancellationToken);
    }

    public static void Bump(IEnumerable<CalendarLock> locks)
    {
        foreach (var calendar in locks)
        {
            calendar.Version++;
        }
    }
}
