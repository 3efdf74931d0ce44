using Fourfold.Data;
using Fourfold.Data.Scheduling;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Features.CaseDoor;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Sessions;

/// <summary>
/// Opens a case's team for scheduling through the door: each member's own zone, hours and buffer, for a member of the
/// team only (anyone else finds nothing, answered as "not found").
/// </summary>
public sealed class TeamCalendars(CaseAccess door, FourfoldDbContext db)
{
    public async Task<TeamCalendar?> OpenAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        if (await door.ViewAsync(caseId, cancellationToken) is not { IsMember: true } context)
        {
            return null;
        }

        var roles = context.State.ActiveRoles;
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
        var buffer = buffers.Count == 0 ? TeamCalendar.DefaultBuffer : Duration.FromMinutes(buffers.Max());
        return new TeamCalendar(context.Case, context.Reader.Person, team, availability, buffer);
    }

    /// <summary>Every booked session of these people, in any case, that touches the range: times only.</summary>
    public Task<IReadOnlyDictionary<PersonId, IReadOnlyList<Interval>>> BusyAsync(IReadOnlyCollection<PersonId> people, Interval range, SessionId? except, CancellationToken cancellationToken) =>
        db.BusyTimesAsync(people, range, except, cancellationToken);
}
