using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Sessions;

/// <summary>
/// The signed-in person sets when they can meet: weekly hours in their own zone, days off, extra hours on dates and the
/// buffer. Days and hours already past are dropped on saving.
/// </summary>
public sealed class SetAvailability(FourfoldDbContext db, AuditedChanges changes, IClock clock)
{
    public async Task<Availability?> MineAsync(CancellationToken cancellationToken) =>
        db.Actor.Person is { } me ? await db.Availabilities.AsNoTracking().SingleOrDefaultAsync(a => a.Person == me, cancellationToken) : null;

    /// <summary>The field that names the whole form rather than one of its parts.</summary>
    public const string WholeForm = "";

    /// <summary>
    /// Replaces one's hours; extra hours given as null keep those already set. Refused with a message per field, keyed
    /// as <see cref="Availability"/> names them (WeeklyHours, DaysOff, Extra, BufferMinutes).
    /// </summary>
    public async Task<SessionChange> SaveAsync(IReadOnlyList<WeeklyWindow> weekly, IReadOnlyList<LocalDate> daysOff, IReadOnlyList<ExtraHours>? extra, int bufferMinutes, CancellationToken cancellationToken)
    {
        if (db.Actor.Person is not { } me)
        {
            return SessionChange.NotFound;
        }

        var now = clock.GetCurrentInstant();
        var availability = await db.Availabilities.SingleOrDefaultAsync(a => a.Person == me, cancellationToken);
        if (availability is null)
        {
            availability = Availability.For(me, now);
            db.Availabilities.Add(availability);
        }

        var off = daysOff.Where(d => d >= now.InUtc().Date.PlusDays(-1)).ToList();
        List<ExtraHours> hours = [.. (extra ?? availability.Extra).Where(e => e.End > now)];
        if (Availability.Problems(weekly, off, hours, bufferMinutes, now) is { Count: > 0 } problems)
        {
            return SessionChange.Invalid(problems);
        }

        availability.Set(weekly, off, hours, bufferMinutes, now);
        return await changes.SaveAsync(db, AuditAction.AvailabilitySet, null, cancellationToken)
            ? SessionChange.Saved
            : SessionChange.Refused(WholeForm, "Your hours changed elsewhere at the same moment. Reload the page and try again.");
    }
}
