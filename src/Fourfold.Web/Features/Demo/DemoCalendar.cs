using Fourfold.Data.Identity;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;
using NodaTime;

namespace Fourfold.Web.Features.Demo;

/// <summary>
/// Working hours and availability windows for the demo people (New York, Chicago, Los Angeles), and a few sessions in
/// the Holt case: three weekly couple sessions held, with attendance and both partners' balance answers (drifting
/// apart), and a four-person session to come.
/// </summary>
internal sealed class DemoCalendar(Dictionary<DemoAccount, FourfoldUser> people, Instant now)
{
    private static readonly IsoDayOfWeek[] Weekdays = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    public List<Availability> Availability { get; } = [];

    public List<Session> Sessions { get; } = [];

    public List<BalanceCheck> BalanceChecks { get; } = [];

    public void Hours()
    {
        Set(DemoAccounts.MayaLee, Weekdays, new LocalTime(9, 0), new LocalTime(17, 0), buffer: 15);
        Set(DemoAccounts.SamOrtiz, Weekdays[..4], new LocalTime(10, 0), new LocalTime(18, 0), buffer: 10);
        Set(DemoAccounts.JordanBlake, Weekdays, new LocalTime(8, 0), new LocalTime(16, 0), buffer: 10);
        Set(DemoAccounts.AlexKim, Weekdays, new LocalTime(8, 0), new LocalTime(16, 0), buffer: 10);
        Set(DemoAccounts.DanaHolt, Weekdays, new LocalTime(12, 0), new LocalTime(14, 0), extra: (new LocalTime(17, 0), new LocalTime(20, 0)));
        Set(DemoAccounts.ChrisHolt, Weekdays, new LocalTime(12, 0), new LocalTime(20, 0));
        Set(DemoAccounts.RileyPark, [IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday], new LocalTime(16, 0), new LocalTime(20, 0));
        Set(DemoAccounts.AveryPark, Weekdays, new LocalTime(17, 0), new LocalTime(20, 0));
    }

    public void Holt(Case holt)
    {
        ArgumentNullException.ThrowIfNull(holt);
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var today = now.InZone(zone).Date;
        var answers = new[] { (Weeks: -21, Dana: (6, 5, 6), Chris: (7, 7, 8)), (Weeks: -14, Dana: (5, 4, 5), Chris: (8, 7, 8)), (Weeks: -7, Dana: (4, 4, 5), Chris: (8, 8, 9)) };
        foreach (var (weeks, dana, chris) in answers)
        {
            var start = Weekday(today.PlusDays(weeks), IsoDayOfWeek.Tuesday).At(new LocalTime(12, 30)).InZoneLeniently(zone).ToInstant();
            var held = Book(holt, new SessionRequest(SessionKind.Couple, null, start, 60), bookedAt: start - Duration.FromDays(6), InTheOffice);
            held.MarkAttendance(Person(DemoAccounts.MayaLee), held.Participants.ToDictionary(p => p.Person, _ => Attendance.Attended), start + Duration.FromMinutes(65));
            BalanceChecks.Add(BalanceCheck.Answer(held, Person(DemoAccounts.DanaHolt), dana.Item1, dana.Item2, dana.Item3, start + Duration.FromHours(3)));
            BalanceChecks.Add(BalanceCheck.Answer(held, Person(DemoAccounts.ChrisHolt), chris.Item1, chris.Item2, chris.Item3, start + Duration.FromHours(5)));
        }

        var nextWeek = Weekday(today.PlusDays(7), IsoDayOfWeek.Wednesday).At(new LocalTime(12, 0)).InZoneLeniently(zone).ToInstant();
        Book(holt, new SessionRequest(SessionKind.FourPerson, null, nextWeek, 90), bookedAt: now - Duration.FromDays(1), ByVideo);
    }

    /// <summary>Harbor Counseling's room for couple work.</summary>
    private static readonly SessionVenue InTheOffice = SessionVenue.From("Harbor Counseling, 120 Water Street, 3rd floor, room 2", null, new Dictionary<string, string>())!;

    /// <summary>Four people in two cities meet online; the address is the kind a video service gives.</summary>
    private static readonly SessionVenue ByVideo = SessionVenue.From(null, "https://video.harbor-counseling.example/j/4417-2093", new Dictionary<string, string>())!;

    private Session Book(Case holt, SessionRequest request, Instant bookedAt, SessionVenue venue)
    {
        var maya = Person(DemoAccounts.MayaLee);
        var context = new BookingContext(holt.Id, maya, holt.ActiveRoles(), holt.BookingFacts(), new Dictionary<PersonId, IReadOnlyList<Interval>>(),
            new Dictionary<PersonId, string>(), Duration.FromMinutes(15), bookedAt);
        var check = SessionBooking.Check(context, request);
        if (!check.IsValid)
        {
            throw new InvalidOperationException($"A demo session could not be booked: {string.Join(' ', check.Problems.Values)}");
        }

        var session = Session.Book(check, maya, bookedAt, venue);
        Sessions.Add(session);
        return session;
    }

    private void Set(DemoAccount account, IsoDayOfWeek[] days, LocalTime from, LocalTime to, int buffer = 0, (LocalTime From, LocalTime To)? extra = null)
    {
        var availability = Domain.Scheduling.Availability.For(Person(account), now);
        var windows = days.Select(day => new WeeklyWindow(day, from, to)).ToList();
        if (extra is { } more)
        {
            windows.AddRange(days.Select(day => new WeeklyWindow(day, more.From, more.To)));
        }

        availability.Set(windows, [], [], buffer, now);
        Availability.Add(availability);
    }

    private PersonId Person(DemoAccount account) => people[account].PersonId;

    private static LocalDate Weekday(LocalDate near, IsoDayOfWeek day) => near.PlusDays(day - near.DayOfWeek);
}
