using Fourfold.Data;
using Fourfold.Data.Identity;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Profile;

/// <summary>
/// A professional's profile as a colleague or client on one of their cases reads it: found only when the reader shares
/// a case with them now (or is them), so that nobody can look a professional up from outside their teams.
/// </summary>
public sealed class ProfessionalProfiles(FourfoldDbContext db)
{
    public async Task<ProfessionalProfileView?> FindAsync(PersonId target, CancellationToken cancellationToken)
    {
        var isMe = db.Actor.Person == target;
        var sharesCase = isMe || await db.CaseMemberships.AnyAsync(m => m.PersonId == target && m.Status == MembershipStatus.Active, cancellationToken);
        var person = sharesCase
            ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == target.Value && u.Kind == PersonKind.Professional, cancellationToken)
            : null;
        if (person?.Profile is null)
        {
            return null;
        }

        var practice = await db.Practices.Where(p => p.Id == person.PracticeId).Select(p => new { p.Name, p.TimeZoneId }).SingleOrDefaultAsync(cancellationToken);
        var availability = await db.Availabilities.AsNoTracking().SingleOrDefaultAsync(a => a.Person == target, cancellationToken);
        return new ProfessionalProfileView(person, practice?.Name ?? "", practice?.TimeZoneId ?? person.TimeZoneId, availability, isMe);
    }
}

/// <summary>A professional with their profile, their practice's name and zone, and their weekly hours if set.</summary>
public sealed record ProfessionalProfileView(FourfoldUser Person, string PracticeName, string PracticeZone, Availability? Availability, bool IsReader);
