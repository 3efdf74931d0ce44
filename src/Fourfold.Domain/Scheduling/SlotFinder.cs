using NodaTime;

namespace Fourfold.Domain.Scheduling;

/// <summary>
/// Finds every start time at which all participants are available and free for a session of the given length,
/// within a range (start inclusive, end exclusive), on a grid of <c>step</c> from the range's start. Busy time is
/// widened by the buffer on both sides. Weekly hours are turned into instants in each person's own zone, day by day,
/// so daylight-saving changes move them as the person's clock moves: a time skipped by the change starts at the first
/// valid instant after it, and a repeated time takes its first occurrence.
/// </summary>
public static class SlotFinder
{
    public static IReadOnlyList<Instant> Find(IReadOnlyList<SchedulingParticipant> participants, Interval range, Duration length, Duration step, Duration buffer)
    {
        ArgumentNullException.ThrowIfNull(participants);
        if (participants.Count == 0 || length <= Duration.Zero || step <= Duration.Zero || buffer < Duration.Zero || !range.HasStart || !range.HasEnd)
        {
            return [];
        }

        var common = participants
            .Select(p => FreeTime(p, range, buffer))
            .Aggregate(Intersect);

        var slots = new List<Instant>();
        foreach (var window in common)
        {
            var first = AlignUp(window.Start, range.Start, step);
            for (var start = first; start + length <= window.End; start += step)
            {
                slots.Add(start);
            }
        }

        return slots;
    }

    /// <summary>Whether one participant is available and free for the whole of [start, start + length).</summary>
    public static bool IsFree(SchedulingParticipant participant, Instant start, Duration length, Duration buffer)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var session = new Interval(start, start + length);
        var day = new Interval(start - Duration.FromDays(2), start + length + Duration.FromDays(2));
        return Merge(Available(participant, day)).Any(a => a.Start <= session.Start && session.End <= a.End)
            && !participant.Busy.Any(b => b.Start - buffer < session.End && session.Start < b.End + buffer);
    }

    private static List<Interval> FreeTime(SchedulingParticipant participant, Interval range, Duration buffer)
    {
        var available = Merge(Available(participant, range).Select(a => Clip(a, range)).OfType<Interval>());
        var busy = Merge(participant.Busy.Select(b => new Interval(b.Start - buffer, b.End + buffer)));
        return Subtract(available, busy);
    }

    private static IEnumerable<Interval> Available(SchedulingParticipant participant, Interval range)
    {
        var firstDay = range.Start.InZone(participant.Zone).Date.PlusDays(-1);
        var lastDay = range.End.InZone(participant.Zone).Date.PlusDays(1);
        for (var date = firstDay; date <= lastDay; date = date.PlusDays(1))
        {
            if (participant.DaysOff?.Contains(date) == true)
            {
                continue;
            }

            foreach (var window in participant.WeeklyHours.Where(w => w.Day == date.DayOfWeek))
            {
                var start = date.At(window.Start).InZoneLeniently(participant.Zone).ToInstant();
                var end = date.At(window.End).InZoneLeniently(participant.Zone).ToInstant();
                if (end > start)
                {
                    yield return new Interval(start, end);
                }
            }
        }

        foreach (var extra in participant.ExtraHours ?? [])
        {
            yield return extra;
        }
    }

    private static Interval? Clip(Interval interval, Interval range)
    {
        var start = Instant.Max(interval.Start, range.Start);
        var end = Instant.Min(interval.End, range.End);
        return end > start ? new Interval(start, end) : null;
    }

    private static List<Interval> Merge(IEnumerable<Interval> intervals)
    {
        var merged = new List<Interval>();
        foreach (var interval in intervals.OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                merged[^1] = new Interval(merged[^1].Start, Instant.Max(merged[^1].End, interval.End));
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged;
    }

    private static List<Interval> Subtract(List<Interval> from, List<Interval> remove)
    {
        var result = new List<Interval>();
        foreach (var interval in from)
        {
            var start = interval.Start;
            foreach (var cut in remove.Where(r => r.End > interval.Start && r.Start < interval.End))
            {
                if (cut.Start > start)
                {
                    result.Add(new Interval(start, cut.Start));
                }

                start = Instant.Max(start, cut.End);
            }

            if (interval.End > start)
            {
                result.Add(new Interval(start, interval.End));
            }
        }

        return result;
    }

    private static List<Interval> Intersect(List<Interval> a, List<Interval> b)
    {
        var result = new List<Interval>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var start = Instant.Max(a[i].Start, b[j].Start);
            var end = Instant.Min(a[i].End, b[j].End);
            if (end > start)
            {
                result.Add(new Interval(start, end));
            }

            if (a[i].End < b[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }

    private static Instant AlignUp(Instant instant, Instant origin, Duration step)
    {
        var offset = (instant - origin).BclCompatibleTicks;
        var stepTicks = step.BclCompatibleTicks;
        var steps = (offset + stepTicks - 1) / stepTicks;
        return origin + Duration.FromTicks(steps * stepTicks);
    }
}
