using Fourfold.Data;
using Fourfold.Data.Identity;
using Fourfold.Domain.People;
using Fourfold.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.PracticeAdministration;

/// <summary>The practice its signed-in administrator keeps, with its people; nobody else finds it.</summary>
public sealed class PracticeQueries(FourfoldDbContext db)
{
    public async Task<AdministeredPractice?> AdministeredAsync(CancellationToken cancellationToken)
    {
        if (db.Actor.Kind != PersonKind.PracticeAdministrator || db.Actor.Practice is not { } practiceId || db.Actor.Person is not { } me)
        {
            return null;
        }

        var practice = await db.Practices.AsNoTracking().SingleAsync(p => p.Id == practiceId, cancellationToken);
        var people = await db.Users.AsNoTracking().Where(u => u.PracticeId == practiceId).OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        return new AdministeredPractice(practice, people, me);
    }
}

/// <summary>A practice as its administrator sees it, and who that administrator is.</summary>
public sealed record AdministeredPractice(Practice Practice, IReadOnlyList<FourfoldUser> People, PersonId Administrator);
