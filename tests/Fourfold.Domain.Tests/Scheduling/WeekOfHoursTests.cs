using CsCheck;
using Fourfold.Domain.Scheduling;
using NodaTime;

namespace Fourfold.Domain.Tests.Scheduling;

public sealed class WeekOfHoursTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Fact]
    public void NewYorkHours_ReadInLondon_AreFiveHoursLater_InAnOrdinaryWeek()
    {
        var week = WeekOfHours.Of([new WeeklyWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))], NewYork, new LocalDate(2026, 11, 30));

        var inLondon = week.Single();
        Assert.Equal(new LocalDateTime(2026, 11, 30, 14, 0), inLondon.Start.InZone(London).LocalDateTime);
        Assert.Equal(new LocalDateTime(2026, 11, 30, 22, 0), inLondon.End.InZone(London).LocalDateTime);
    }

    [Fact]
    public void BetweenTheTwoDaylightSavingChanges_TheGapIsFourHours()
    {
        // The United States moves its clocks on 8 March 2026, the United Kingdom on 29 March.
        var week = WeekOfHours.Of([new WeeklyWindow(IsoDayOfWeek.Wednesday, new LocalTime(9, 0), new LocalTime(12, 0))], NewYork, new LocalDate(2026, 3, 9));

        Assert.Equal(new LocalDateTime(2026, 3, 11, 13, 0), week.Single().Start.InZone(London).LocalDateTime);
    }

    [Fact]
    public void AnyDateOfTheWeek_GivesTheSameWeek_AndAWindowMayCrossMidnightElsewhere()
    {
        var evening = new WeeklyWindow(IsoDayOfWeek.Friday, new LocalTime(18, 0), new LocalTime(21, 0));

        var fromMonday = WeekOfHours.Of([evening], NewYork, new LocalDate(2026, 11, 30));
        var fromSunday = WeekOfHours.Of([evening], NewYork, new LocalDate(2026, 12, 6));

        Assert.Equal(fromMonday, fromSunday);
        Assert.Equal(new LocalDateTime(2026, 12, 5, 2, 0), fromMonday.Single().End.InZone(London).LocalDateTime);
    }

    [Fact]
    public void EveryWindow_KeepsItsOwnLocalTimes_InTheOwnersZone_AndComesInOrder()
    {
        var zones = new[] { "America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata", "America/Los_Angeles" };
        var windows = Gen.Select(Gen.Int[1, 7], Gen.Int[0, 22], Gen.Int[1, 8])
            .Select((day, hour, length) => new WeeklyWindow((IsoDayOfWeek)day, new LocalTime(hour, 0), new LocalTime(Math.Min(hour + length, 23), 30)));
        Gen.Select(windows.List[0, 6], Gen.Int[0, zones.Length - 1], Gen.Int[0, 365]).Sample((weekly, zoneIndex, offset) =>
        {
            var zone = DateTimeZoneProviders.Tzdb[zones[zoneIndex]];
            var week = WeekOfHours.Of(weekly, zone, new LocalDate(2026, 1, 5).PlusDays(offset));

            Assert.Equal(weekly.Count, week.Count);
            Assert.True(week.Zip(week.Skip(1)).All(pair => pair.First.Start <= pair.Second.Start));
            Assert.All(week, interval => Assert.Contains(weekly, w =>
                interval.Start.InZone(zone).DayOfWeek == w.Day
                && interval.Start.InZone(zone).TimeOfDay >= w.Start
                && interval.Start.InZone(zone).TimeOfDay <= w.Start.PlusHours(1)));
        });
    }

    [Fact]
    public void ExtraHoursUntilMidnight_ReadBackAsTheyWereTyped_AndInAnotherZoneSplitAtMidnight()
    {
        var evening = ExtraHours.On(new LocalDate(2026, 12, 4), new LocalTime(20, 0), null, NewYork);

        Assert.Equal([(new LocalDate(2026, 12, 4), new LocalTime(20, 0), (LocalTime?)null)], evening.ByDate(NewYork));
        Assert.Equal(
            [(new LocalDate(2026, 12, 5), new LocalTime(1, 0), (LocalTime?)new LocalTime(5, 0))],
            evening.ByDate(London));
        var lateInLondon = ExtraHours.On(new LocalDate(2026, 12, 4), new LocalTime(17, 0), new LocalTime(22, 0), NewYork);
        Assert.Equal(
            [(new LocalDate(2026, 12, 4), new LocalTime(22, 0), (LocalTime?)null), (new LocalDate(2026, 12, 5), LocalTime.Midnight, (LocalTime?)new LocalTime(3, 0))],
            lateInLondon.ByDate(London));
        Assert.Throws<Common.DomainRuleViolation>(() => ExtraHours.On(new LocalDate(2026, 12, 4), new LocalTime(20, 0), new LocalTime(19, 0), NewYork));
    }
}
