using CsCheck;
using Fourfold.Domain.Scheduling;
using NodaTime;

namespace Fourfold.Domain.Tests.Scheduling;

public sealed class SlotFinderTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static readonly Duration Hour = Duration.FromHours(1);

    private static SchedulingParticipant Weekdays(string id, DateTimeZone zone, int fromHour, int toHour, params Interval[] busy) =>
        new(id, zone,
            [.. new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
                .Select(d => new WeeklyWindow(d, new LocalTime(fromHour, 0), new LocalTime(toHour, 0)))],
            busy);

    [Fact]
    public void TwoZones_MeetOnlyWhereTheirWorkingHoursOverlap()
    {
        var monday = new LocalDate(2026, 11, 30);
        var range = new Interval(monday.AtStartOfDayInZone(NewYork).ToInstant(), monday.PlusDays(1).AtStartOfDayInZone(NewYork).ToInstant());

        var slots = SlotFinder.Find([Weekdays("lee", NewYork, 9, 17), Weekdays("kim", LosAngeles, 9, 17)], range, Hour, Duration.FromMinutes(30), Duration.Zero);

        Assert.Equal(new LocalTime(12, 0), slots[0].InZone(NewYork).TimeOfDay);
        Assert.Equal(new LocalTime(16, 0), slots[^1].InZone(NewYork).TimeOfDay);
        Assert.Equal(9, slots.Count);
    }

    [Fact]
    public void WeeklyHours_FollowEachPersonsClockAcrossADaylightSavingChange()
    {
        var range = new Interval(Instant.FromUtc(2026, 3, 6, 0, 0), Instant.FromUtc(2026, 3, 11, 0, 0));
        var lee = Weekdays("lee", NewYork, 9, 10);

        var slots = SlotFinder.Find([lee], range, Hour, Duration.FromMinutes(15), Duration.Zero);

        Assert.All(slots, s => Assert.Equal(new LocalTime(9, 0), s.InZone(NewYork).TimeOfDay));
        Assert.Equal(Instant.FromUtc(2026, 3, 6, 14, 0), slots[0]);
        Assert.Equal(Instant.FromUtc(2026, 3, 9, 13, 0), slots[1]);
    }

    [Fact]
    public void BusyTimeAndItsBuffer_AreNotOffered()
    {
        var monday = new LocalDate(2026, 11, 30);
        var nine = monday.At(new LocalTime(9, 0)).InZoneStrictly(London).ToInstant();
        var booked = new Interval(nine + Hour, nine + Hour * 2);
        var range = new Interval(nine, nine + Hour * 8);

        var slots = SlotFinder.Find([Weekdays("ortiz", London, 9, 17, booked)], range, Hour, Duration.FromMinutes(15), Duration.FromMinutes(15));

        Assert.DoesNotContain(slots, s => s < booked.End + Duration.FromMinutes(15) && s + Hour > booked.Start - Duration.FromMinutes(15));
        Assert.Contains(booked.End + Duration.FromMinutes(15), slots);
    }

    private static readonly DateTimeZone[] Zones =
        [NewYork, LosAngeles, London, DateTimeZoneProviders.Tzdb["Australia/Sydney"], DateTimeZoneProviders.Tzdb["Asia/Kolkata"]];

    private static readonly Instant Origin = Instant.FromUtc(2026, 3, 7, 0, 0);

    private static readonly Gen<WeeklyWindow> GenWindow =
        Gen.Select(Gen.Int[1, 7], Gen.Int[0, 40], Gen.Int[4, 24])
            .Select((day, halfHour, halfHours) => new WeeklyWindow((IsoDayOfWeek)day, LocalTime.FromMinutesSinceMidnight(halfHour * 30),
                LocalTime.FromMinutesSinceMidnight(Math.Min(halfHour * 30 + halfHours * 30, 24 * 60 - 1))));

    private static readonly Gen<Interval> GenBusy =
        Gen.Select(Gen.Int[0, 72 * 4], Gen.Int[1, 12]).Select((quarter, quarters) =>
            new Interval(Origin + Duration.FromMinutes(quarter * 15), Origin + Duration.FromMinutes((quarter + quarters) * 15)));

    private static readonly Gen<SchedulingParticipant> GenParticipant =
        Gen.Select(Gen.Int[0, Zones.Length - 1], GenWindow.Array[6, 16], GenBusy.Array[0, 5])
            .Select((zone, windows, busy) => new SchedulingParticipant(Guid.NewGuid().ToString(), Zones[zone], windows, busy));

    private static readonly Gen<(SchedulingParticipant[] People, Duration Length, Duration Buffer)> GenCalendar =
        Gen.Select(GenParticipant.Array[2, 4], Gen.Int[1, 8], Gen.Int[0, 3])
            .Select((people, quarters, bufferQuarters) => (people, Duration.FromMinutes(quarters * 15), Duration.FromMinutes(bufferQuarters * 5)));

    [Fact]
    public void EverySlotReturned_IsFreeForEveryParticipant() =>
        GenCalendar.Sample(calendar =>
        {
            var range = new Interval(Origin, Origin + Duration.FromDays(3));
            var slots = SlotFinder.Find(calendar.People, range, calendar.Length, Duration.FromMinutes(5), calendar.Buffer);
            return slots.All(s => s + calendar.Length <= range.End && calendar.People.All(p => SlotFinder.IsFree(p, s, calendar.Length, calendar.Buffer)));
        }, iter: 300);

    [Fact]
    public void ThePropertiesAreNotVacuous_ManyGeneratedCalendarsHaveCommonSlots()
    {
        var withSlots = 0;
        GenCalendar.Sample(calendar =>
        {
            var range = new Interval(Origin, Origin + Duration.FromDays(3));
            if (SlotFinder.Find(calendar.People, range, calendar.Length, Duration.FromMinutes(5), calendar.Buffer).Count > 0)
            {
                Interlocked.Increment(ref withSlots);
            }
        }, iter: 300);

        Assert.True(withSlots > 60, $"only {withSlots} of 300 generated calendars had a common slot");
    }

    [Fact]
    public void NoSlotIsMissed_ComparedWithAMinuteByMinuteScan() =>
        GenCalendar.Sample(calendar =>
        {
            var range = new Interval(Origin, Origin + Duration.FromDays(2));
            var found = SlotFinder.Find(calendar.People, range, calendar.Length, Duration.FromMinutes(1), calendar.Buffer).ToHashSet();
            for (var t = range.Start; t + calendar.Length <= range.End; t += Duration.FromMinutes(1))
            {
                var free = calendar.People.All(p => SlotFinder.IsFree(p, t, calendar.Length, calendar.Buffer));
                if (free != found.Contains(t))
                {
                    return false;
                }
            }

            return true;
        }, iter: 60);
}
