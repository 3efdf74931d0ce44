using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Infrastructure.Time;
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
}
