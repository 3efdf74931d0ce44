using NodaTime;

namespace Fourfold.Domain.Scheduling;

/// <summary>
/// Weekly hours laid on the calendar for one week, so that they can be read in another zone: where a window falls
/// elsewhere depends on both zones' offsets that week, which differ around daylight-saving changes.
/// </summary>
public static class WeekOfHours
{
    /// <summary>The windows of the week starting on <paramref name="monday"/> (any date of that week), in time order.</summary>
    public static IReadOnlyList<Interval> Of(IReadOnlyList<WeeklyWindow> weekly, DateTimeZone ownerZone, LocalDate monday)
    {
        ArgumentNullException.ThrowIfNull(weekly);
        ArgumentNullException.ThrowIfNull(ownerZone);
        var weekStart = monday.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        return weekly
            .Select(window =>
            {
                var date = weekStart.PlusDays((int)window.Day - 1);
                return new Interval((date + window.Start).InZoneLeniently(ownerZone).ToInstant(), (date + window.End).InZoneLeniently(ownerZone).ToInstant());
            })
            .Where(interval => interval.End > interval.Start)
            .OrderBy(interval => interval.Start)
            .ToList();
    }
}
