using BenchmarkDotNet.Attributes;
using Fourfold.Domain.Scheduling;
using NodaTime;

namespace Fourfold.Benchmarks;

/// <summary>
/// The slot finder for 5 participants over 8 weeks that cross the end of daylight-saving time (New York, Chicago and
/// London, where it ends a week apart), each with weekday hours and 40 busy intervals; 60-minute sessions on a
/// 15-minute grid with a 10-minute buffer.
/// </summary>
[MemoryDiagnoser]
public class SlotFinderBenchmark
{
    private static readonly string[] Zones = ["America/New_York", "America/Chicago", "Europe/London", "America/New_York", "America/Chicago"];
    private readonly Interval range = new(Instant.FromUtc(2026, 10, 12, 0, 0), Instant.FromUtc(2026, 12, 7, 0, 0));
    private SchedulingParticipant[] participants = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var days = new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday };
        participants = Zones.Select((zoneId, n) =>
        {
            var zone = DateTimeZoneProviders.Tzdb[zoneId];
            var hours = days.Select(day => new WeeklyWindow(day, new LocalTime(8 + (n % 3), 0), new LocalTime(17 + (n % 3), 0))).ToList();
            var busy = Enumerable.Range(0, 40).Select(_ =>
            {
                var start = range.Start + Duration.FromMinutes(random.Next(0, 56 * 24 * 4) * 15);
                return new Interval(start, start + Duration.FromMinutes(30 + (random.Next(4) * 15)));
            }).ToList();
            return new SchedulingParticipant($"p{n}", zone, hours, busy);
        }).ToArray();
    }

    [Benchmark(Description = "5 people, 8 weeks, 3 zones, 40 busy each")]
    public int FindEveryCommonSlot() =>
        SlotFinder.Find(participants, range, Duration.FromMinutes(60), Duration.FromMinutes(15), Duration.FromMinutes(10)).Count;
}
