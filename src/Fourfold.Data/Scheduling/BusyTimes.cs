using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Data.Scheduling;

/// <summary>
/// When people are busy: every booked session they take part in, in any case, whoever may read that case. Only a
/// session's start and end leave the database, so a therapist on several cases is never booked twice and nothing else
/// of another case is learnt.
/// </summary>
public static class BusyTimes
{
    public static async Task<IReadOnlyDictionary<PersonId, IReadOnlyList<Interval>>> BusyTimesAsync(
        this FourfoldDbContext db, IReadOnlyCollection<PersonId> people, Interval range, SessionId? except, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(people);
        var ids = people.ToList();
        var booked = SessionStatus.Booked;
        var sessions = await db.Sessions.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Status == booked && s.Start < range.End && s.End > range.Start && (except == null || s.Id != except)
                && s.Participants.Any(p => ids.Contains(p.Person)))
            .Select(s => new { s.Start, s.End, People = s.Participants.Select(p => p.Person).ToList() })
            .ToListAsync(cancellationToken);
        return sessions
            .SelectMany(s => s.People.Where(ids.Contains).Select(person => (Person: person, Time: new Interval(s.Start, s.End))))
            .GroupBy(r => r.Person)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Interval>)g.Select(r => r.Time).ToList());
    }
}
