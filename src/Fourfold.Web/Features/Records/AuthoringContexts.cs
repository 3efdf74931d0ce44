using Fourfold.Data;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Fourfold.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Records;

/// <summary>Loads the case as the signed-in author finds it; null when they are not on its team.</summary>
public static class AuthoringContexts
{
    public static async Task<(AuthoringContext Context, Case Case, string Zone)?> LoadAsync(FourfoldDbContext db, CaseId caseId, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Actor.Person is not { } author)
        {
            return null;
        }

        var found = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (found is null || found.RolesOf(author).Count == 0)
        {
            return null;
        }

        var me = await db.Users.AsNoTracking().Where(u => u.Id == author.Value)
            .Select(u => new { u.TimeZoneId, Profession = u.Profile == null ? (ProfessionKind?)null : u.Profile.Profession })
            .SingleAsync(cancellationToken);
        var roles = found.ActiveRoles();
        var today = now.InZone(LocalTimes.ZoneOrUtc(me.TimeZoneId)).Date;
        return (new AuthoringContext(caseId, author, roles, me.Profession, found.CouplesPolicy, today), found, me.TimeZoneId);
    }
}
