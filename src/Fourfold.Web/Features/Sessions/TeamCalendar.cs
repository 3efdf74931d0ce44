using Fourfold.Data;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Sessions;

/// <summary>One member of a case's team as scheduling sees them: name, role, own time zone.</summary>
public sealed record TeamMember(PersonId Person, string Name, IReadOnlySet<CaseRole> Roles, string ZoneId)
{
    public DateTimeZone Zone => LocalTimes.ZoneOrUtc(ZoneId);

    public bool IsProfessional => Roles.Any(r => r.IsProfessional());
}

/// <summary>
/// A case's team with what scheduling needs of them: each person's zone, availability and busy time. Busy time counts
/// every booked session a person takes part in, in any case (only its start and end are read), so that a therapist
/// on several cases is never booked twice.
/// </summary>
public sealed record TeamCalendar(Case Case, PersonId Viewer, IReadOnlyList<TeamMember> Team, IReadOnlyDictionary<PersonId, Availability> Availability, Duration Buffer)
{
    /// <summary>Kept between a professional's sessions when they have not chosen their own.</summary>
    public static readonly Duration DefaultBuffer = Duration.FromMinutes(10);

    public IReadOnlyDictionary<PersonId, IReadOnlySet<CaseRole>> Roles => Team.ToDictionary(m => m.Person, m => m.Roles);

    public IReadOnlyDictionary<PersonId, string> Names => Team.ToDictionary(m => m.Person, m => m.Name);

    public TeamMember? Member(PersonId person) => Team.FirstOrDefault(m => m.Person == person);

    public TeamMember ViewerMember => Member(Viewer)!;

    /// <summary>The team of a case the signed-in person is on; null when they are not (answered as "not found").</summary>
    public static async Task<TeamCalendar?> LoadAsync(FourfoldDbContext db, CaseId caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Actor.Person is not { } viewer)
        {
            return null;
        }

        var found = await db.Cases.AsNoTracking().AsSingleQuery().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var roles = found?.ActiveRoles();
        if (found is null || roles is null || !roles.ContainsKey(viewer))
        {
            return null;
        }

        var people = roles.Keys.Select(p => p.Value).ToList();
        var users = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.TimeZoneId })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var team = roles
            .Select(pair => new TeamMember(pair.Key, users.GetValueOrDefault(pair.Key.Value)?.DisplayName ?? "A team member", pair.Value,
                users.GetValueOrDefault(pair.Key.Value)?.TimeZoneId ?? "UTC"))
            .OrderBy(m => m.Roles.Min())
            .ToList();
        var personIds = roles.Keys.ToList();
        var availability = await db.Availabilities.AsNoTracking().Where(a => personIds.Contains(a.Person)).ToDictionaryAsync(a => a.Person, cancellationToken);
        var buffers = availability.Values.Where(a => team.Any(m => m.Person == a.Person && m.IsProfessional)).Select(a => a.BufferMinutes).ToList();
        var buffer = buffers.Count == 0 ? DefaultBuffer : Duration.FromMinutes(buffers.Max());
        return new TeamCalendar(found, viewer, team, availability, buffer);
    }

    /// <summary>Every booked session of these people, in any case, that touches the range: times only.</summary>
    public static async Task<IReadOnlyDictionary<PersonId, IReadOnlyList<Interval>>> BusyAsync(
        FourfoldDbContext db, IReadOnlyCollection<PersonId> people, Interval range, Guid? except, CancellationToken cancellationToken)
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
