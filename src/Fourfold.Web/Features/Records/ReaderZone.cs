using Fourfold.Data;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Records;

/// <summary>The signed-in person's time zone, for showing times as they read them.</summary>
public static class ReaderZone
{
    public static async Task<string> OfAsync(FourfoldDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Actor.Person is not { } person)
        {
            return "UTC";
        }

        return await db.Users.AsNoTracking().Where(u => u.Id == person.Value).Select(u => u.TimeZoneId).SingleOrDefaultAsync(cancellationToken) ?? "UTC";
    }
}
