using CsCheck;
using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;
using Fourfold.Domain.Scheduling;
using NodaTime;

namespace Fourfold.Domain.Tests.Scheduling;

public sealed class SessionBookingTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 12, 0);
    private static readonly Instant Tomorrow = Now + Duration.FromDays(1);
    private static readonly PersonId Lee = PersonId.New();
    private static readonly PersonId Dana = PersonId.New();
    private static readonly PersonId Chris = PersonId.New();
    private static readonly PersonId Sam = PersonId.New();
    private static readonly PersonId Kim = PersonId.New();

    private static readonly CouplesPolicy Policy = new(1, ConfidentialityPolicy.NoSecrets, IndividualSessionPolicy.Offered(2, IndividualSessionScope.Ongoing), Lee, Now);

    private static BookingContext Context(
        PersonId? booker = null, CouplesTherapistBookingFacts? facts = null, Dictionary<PersonId, IReadOnlyList<Interval>>? busy = null, bool withCouplesTherapist = true)
    {
        var roles = new Dictionary<PersonId, IReadOnlySet<CaseRole>>
        {
            [Dana] = new HashSet<CaseRole> { CaseRole.BetrayedPartner },
            [Chris] = new HashSet<CaseRole> { CaseRole.InvolvedPartner },
            [Sam] = new HashSet<CaseRole> { CaseRole.SupportOfBetrayedPartner },
            [Kim] = new HashSet<CaseRole> { CaseRole.SupportOfInvolvedPartner },
        };
        if (withCouplesTherapist)
        {
            roles[Lee] = new HashSet<CaseRole> { CaseRole.CouplesTherapist };
        }

        return new BookingContext(CaseId.New(), booker ?? Lee, roles, facts ?? Acknowledged(), busy ?? [],
            new Dictionary<PersonId, string> { [Lee] = "Dr. Maya Lee", [Dana] = "Dana Holt", [Chris] = "Chris Holt", [Sam] = "Sam Ortiz", [Kim] = "Dr. Alex Kim" },
            Duration.FromMinutes(15), Now);
    }

    private static CouplesTherapistBookingFacts Acknowledged(int danaSessions = 0) => new(true, Policy, 1, 1, false, danaSessions, 0);

    [Fact]
    public void FourPersonSession_BringsBothPartnersTheirSupportsAndTheCouplesTherapist()
    {
        var check = SessionBooking.Check(Context(), new SessionRequest(SessionKind.FourPerson, null, Tomorrow, 90));

        Assert.True(check.IsValid, string.Join("; ", check.Problems.Values));
        Assert.Equal([Dana, Chris, Sam, Kim, Lee], check.Participants.Select(p => p.Person));
    }

    [Fact]
    public void FourPersonSession_WithoutACouplesTherapist_IsTheFourAlone()
    {
        var check = SessionBooking.Check(Context(booker: Sam, withCouplesTherapist: false), new SessionRequest(SessionKind.FourPerson, null, Tomorrow, 90));

        Assert.True(check.IsValid, string.Join("; ", check.Problems.Values));
        Assert.Equal(4, check.Participants.Count);
    }

    [Fact]
    public void WithTheCouplesTherapist_WhileAPartnerHasNotAcknowledgedThePolicy_IsRefusedWithTheReason()
    {
        var facts = new CouplesTherapistBookingFacts(true, Policy, 1, null, false, 0, 0);

        var check = SessionBooking.Check(Context(facts: facts), new SessionRequest(SessionKind.Couple, null, Tomorrow, 60));

        Assert.Equal(BookingRefusal.InvolvedPartnerHasNotAcknowledged, check.PolicyRefusal);
        Assert.Contains("involved partner to acknowledge", check.Problems[nameof(SessionRequest.Kind)], StringComparison.Ordinal);
    }

    [Fact]
    public void IndividualSessionsWithTheCouplesTherapist_CountAgainstThePolicy()
    {
        var request = new SessionRequest(SessionKind.IndividualWithCouplesTherapist, PartnerRole.BetrayedPartner, Tomorrow, 50);

        Assert.True(SessionBooking.Check(Context(facts: Acknowledged(danaSessions: 1)), request).IsValid);
        var overLimit = SessionBooking.Check(Context(facts: Acknowledged(danaSessions: 2)), request);
        Assert.Equal(BookingRefusal.IndividualSessionLimitReached, overLimit.PolicyRefusal);
        Assert.True(SessionBooking.Check(Context(facts: Acknowledged(danaSessions: 2)), request, movingSession: SessionId.New()).IsValid);
    }

    [Fact]
    public void AnIndividualSession_IsForThePartnerAndTheirOwnSupport_AndNeedsThePartnerNamed()
    {
        var check = SessionBooking.Check(Context(booker: Sam), new SessionRequest(SessionKind.Individual, PartnerRole.BetrayedPartner, Tomorrow, 50));
        var unnamed = SessionBooking.Check(Context(booker: Sam), new SessionRequest(SessionKind.Individual, null, Tomorrow, 50));

        Assert.Equal([Dana, Sam], check.Participants.Select(p => p.Person));
        Assert.Contains(nameof(SessionRequest.Partner), unnamed.Problems.Keys);
    }

    [Fact]
    public void APartnerOrAProfessionalWhoDoesNotTakePart_CannotBook()
    {
        Assert.Contains("professional who takes part", SessionBooking.Check(Context(booker: Dana), new SessionRequest(SessionKind.Couple, null, Tomorrow, 60)).Problems[nameof(SessionRequest.Kind)], StringComparison.Ordinal);
        Assert.False(SessionBooking.Check(Context(booker: Kim), new SessionRequest(SessionKind.Individual, PartnerRole.BetrayedPartner, Tomorrow, 50)).IsValid);
    }

    [Fact]
    public void AParticipantBusyWithinTheBuffer_IsNamed()
    {
        var busy = new Dictionary<PersonId, IReadOnlyList<Interval>> { [Sam] = [new Interval(Tomorrow - Duration.FromMinutes(70), Tomorrow - Duration.FromMinutes(10))] };

        var check = SessionBooking.Check(Context(busy: busy), new SessionRequest(SessionKind.FourPerson, null, Tomorrow, 60));

        Assert.Contains("Sam Ortiz has another session then", check.Problems[nameof(SessionRequest.Start)], StringComparison.Ordinal);
        Assert.True(SessionBooking.Check(Context(busy: busy), new SessionRequest(SessionKind.FourPerson, null, Tomorrow + Duration.FromMinutes(5), 60)).IsValid);
    }

    [Fact]
    public void BadTimesAndLengths_AreRefusedFieldByField()
    {
        var check = SessionBooking.Check(Context(), new SessionRequest(SessionKind.Couple, null, Now - Duration.FromHours(1), 7));

        Assert.Contains("has not passed", check.Problems[nameof(SessionRequest.Start)], StringComparison.Ordinal);
        Assert.Contains("15 to 240 minutes", check.Problems[nameof(SessionRequest.Minutes)], StringComparison.Ordinal);
    }

    [Fact]
    public void ATimeBeyondTwoYears_IsRefused_AsIsTheEndOfTheCalendar()
    {
        var twoYears = Now + Duration.FromDays(366 * SessionRequest.BookableYearsAhead);

        Assert.True(SessionBooking.Check(Context(), new SessionRequest(SessionKind.Couple, null, twoYears, 60)).IsValid);
        Assert.Contains("up to 2 years ahead", SessionBooking.Check(Context(), new SessionRequest(SessionKind.Couple, null, twoYears + Duration.FromMinutes(15), 60)).Problems[nameof(SessionRequest.Start)], StringComparison.Ordinal);
        Assert.Contains("up to 2 years ahead", SessionBooking.Check(Context(), new SessionRequest(SessionKind.Couple, null, Instant.MaxValue, 240)).Problems[nameof(SessionRequest.Start)], StringComparison.Ordinal);
        Assert.Contains("has not passed", SessionBooking.Check(Context(), new SessionRequest(SessionKind.Couple, null, Instant.MinValue, 60)).Problems[nameof(SessionRequest.Start)], StringComparison.Ordinal);
    }

    [Fact]
    public void EveryApprovedBooking_HasEveryoneFree_AndIsBookedByAProfessionalWhoTakesPart()
    {
        var people = new[] { Lee, Dana, Chris, Sam, Kim };
        var interval = from startMinutes in Gen.Int[0, 3 * 24 * 60]
                       from minutes in Gen.Int[10, 180]
                       select new Interval(Now + Duration.FromMinutes(startMinutes), Now + Duration.FromMinutes(startMinutes + minutes));
        var world = from booker in Gen.Int[0, 4].Select(i => people[i])
                    from kind in Gen.Enum<SessionKind>()
                    from partner in Gen.Enum<PartnerRole>()
                    from startMinutes in Gen.Int[-60, 3 * 24 * 60]
                    from minutes in Gen.Int[1, 60].Select(n => n * 5)
                    from busy in Gen.Select(Gen.Int[0, 4].Select(i => people[i]), interval.Array[0, 6]).Array[0, 10]
                    from acknowledged in Gen.Bool
                    select (booker, kind, partner, startMinutes, minutes, busy, acknowledged);

        world.Sample(w =>
        {
            var busy = w.busy.GroupBy(b => b.Item1).ToDictionary(g => g.Key, g => (IReadOnlyList<Interval>)g.SelectMany(b => b.Item2).ToList());
            var facts = w.acknowledged ? Acknowledged() : new CouplesTherapistBookingFacts(true, Policy, null, 1, false, 0, 0);
            var context = Context(w.booker, facts, busy);
            var check = SessionBooking.Check(context, new SessionRequest(w.kind, w.partner, Now + Duration.FromMinutes(w.startMinutes), w.minutes));
            if (!check.IsValid)
            {
                return;
            }

            var time = new Interval(Now + Duration.FromMinutes(w.startMinutes), Now + Duration.FromMinutes(w.startMinutes + w.minutes));
            Assert.All(check.Participants, p => Assert.True(SessionBooking.IsFree(context, p.Person, time)));
            Assert.Contains(check.Participants, p => p.Person == w.booker && p.Role.IsProfessional());
            Assert.True(w.acknowledged || check.Participants.All(p => p.Role != CaseRole.CouplesTherapist));
        }, iter: 2_000);
    }

    [Fact]
    public void EveryoneInASession_ReadsIt_AndAPartnersIndividualSessionReachesTheOtherPartnerOnlyWithAnAuthorization()
    {
        var context = Context(booker: Sam);
        var check = SessionBooking.Check(context, new SessionRequest(SessionKind.Individual, PartnerRole.BetrayedPartner, Tomorrow, 50));
        var session = Session.Book(check, Sam, Now);
        var state = new CaseAccessState(session.CaseId, Fourfold.Domain.Practices.PracticeId.New(), context.Roles, []);

        Assert.All(session.Participants, p => Assert.True(AccessDecision.Decide(new Reader(p.Person), SessionAccess.FactsFor(session, p.Person), state, Now).IsAllowed));
        var chris = AccessDecision.Decide(new Reader(Chris), SessionAccess.FactsFor(session, Chris), state, Now);
        Assert.False(chris.IsAllowed);
        Assert.Equal(ItemSubject.BetrayedPartner, SessionAccess.FactsFor(session, Chris).Subject);
    }

    [Fact]
    public void ASessionMoves_ToATimeItsCheckApproved_WithTheSamePeopleInAnyOrder_AndNotOntoAnotherKind()
    {
        var booked = Session.Book(SessionBooking.Check(Context(), new SessionRequest(SessionKind.FourPerson, null, Tomorrow, 90)), Lee, Now);
        var later = Tomorrow + Duration.FromHours(3);

        booked.Reschedule(SessionBooking.Check(Context(booker: Sam), new SessionRequest(SessionKind.FourPerson, null, later, 60)), Sam, Now);

        Assert.Equal((later, later + Duration.FromMinutes(60)), (booked.Start, booked.End));
        var couple = SessionBooking.Check(Context(), new SessionRequest(SessionKind.Couple, null, later, 60));
        Assert.Throws<Common.DomainRuleViolation>(() => booked.Reschedule(couple, Lee, Now));
        var withoutTheCouplesTherapist = SessionBooking.Check(Context(booker: Sam, withCouplesTherapist: false), new SessionRequest(SessionKind.FourPerson, null, later, 60));
        Assert.Throws<Common.DomainRuleViolation>(() => booked.Reschedule(withoutTheCouplesTherapist, Sam, Now));
    }

    [Fact]
    public void OnlyAProfessionalTakingPart_MayChangeASession()
    {
        var session = Session.Book(SessionBooking.Check(Context(booker: Sam), new SessionRequest(SessionKind.Individual, PartnerRole.BetrayedPartner, Tomorrow, 50)), Sam, Now);

        Assert.True(session.MayBeChangedBy(Sam));
        Assert.False(session.MayBeChangedBy(Dana));
        Assert.False(session.MayBeChangedBy(Lee));
        Assert.False(session.MayBeChangedBy(Chris));
    }
}
