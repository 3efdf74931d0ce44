using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;
using Fourfold.Domain.Practices;
using Fourfold.Domain.Scheduling;
using NodaTime;

namespace Fourfold.Domain.Tests.Scheduling;

public sealed class BalanceTests
{
    private static readonly Instant Booked = Instant.FromUtc(2026, 3, 1, 12, 0);
    private static readonly PersonId Lee = PersonId.New();
    private static readonly PersonId Dana = PersonId.New();
    private static readonly PersonId Chris = PersonId.New();
    private static readonly PersonId Sam = PersonId.New();

    private static readonly Dictionary<PersonId, IReadOnlySet<CaseRole>> Roles = new()
    {
        [Lee] = new HashSet<CaseRole> { CaseRole.CouplesTherapist },
        [Dana] = new HashSet<CaseRole> { CaseRole.BetrayedPartner },
        [Chris] = new HashSet<CaseRole> { CaseRole.InvolvedPartner },
        [Sam] = new HashSet<CaseRole> { CaseRole.SupportOfBetrayedPartner },
    };

    private static readonly CaseId Case = CaseId.New();

    private static Session Couple(int daysOn)
    {
        var policy = new CouplesPolicy(1, ConfidentialityPolicy.NoSecrets, IndividualSessionPolicy.NotOffered, Lee, Booked);
        var context = new BookingContext(Case, Lee, Roles, new CouplesTherapistBookingFacts(true, policy, 1, 1, false, 0, 0), new Dictionary<PersonId, IReadOnlyList<Interval>>(),
            new Dictionary<PersonId, string>(), Duration.FromMinutes(10), Booked);
        return Session.Book(SessionBooking.Check(context, new SessionRequest(SessionKind.Couple, null, Booked + Duration.FromDays(daysOn), 60)), Lee, Booked);
    }

    [Fact]
    public void OnlyAPartnerWhoTookPart_AnswersAfterTheSessionStarted_WithinZeroToTen()
    {
        var session = Couple(1);
        var after = session.Start + Duration.FromMinutes(70);

        Assert.Equal(PartnerRole.BetrayedPartner, BalanceCheck.Answer(session, Dana, 8, 7, 9, after).Partner);
        Assert.Throws<DomainRuleViolation>(() => BalanceCheck.Answer(session, Dana, 8, 7, 9, session.Start - Duration.FromMinutes(1)));
        Assert.Throws<DomainRuleViolation>(() => BalanceCheck.Answer(session, Lee, 8, 7, 9, after));
        Assert.Throws<DomainRuleViolation>(() => BalanceCheck.Answer(session, Chris, 11, 7, 9, after));
    }

    [Fact]
    public void TheCouplesTherapistReadsAPartnersAnswer_TheOtherPartnerAndTheirSupportDoNot()
    {
        var session = Couple(1);
        var answer = BalanceCheck.Answer(session, Dana, 3, 4, 2, session.End);
        var state = new CaseAccessState(Case, PracticeId.New(), Roles, []);

        Assert.True(AccessDecision.Decide(new Reader(Lee), answer.Facts, state, session.End).IsAllowed);
        Assert.True(AccessDecision.Decide(new Reader(Dana), answer.Facts, state, session.End).IsAllowed);
        Assert.False(AccessDecision.Decide(new Reader(Chris), answer.Facts, state, session.End).IsAllowed);
        Assert.False(AccessDecision.Decide(new Reader(Sam), answer.Facts, state, session.End).IsAllowed);
    }

    [Fact]
    public void PartnersWhoseRecentScoresDifferByTwoOrMore_AreDriftingApart()
    {
        var checks = new List<BalanceCheck>();
        var scores = new[] { (8, 8), (8, 7), (9, 6), (8, 5) };
        for (var i = 0; i < scores.Length; i++)
        {
            var session = Couple(i + 1);
            checks.Add(BalanceCheck.Answer(session, Dana, scores[i].Item1, scores[i].Item1, scores[i].Item1, session.End));
            checks.Add(BalanceCheck.Answer(session, Chris, scores[i].Item2, scores[i].Item2, scores[i].Item2, session.End));
        }

        var trend = BalanceTrend.Of(checks, betrayedIndividualSessions: 1, involvedIndividualSessions: 1);
        var early = BalanceTrend.Of(checks.Take(4), 0, 2);

        Assert.Equal(7.0 / 3, trend.RecentGap!.Value, 3);
        Assert.True(trend.ScoresDrifting);
        Assert.False(trend.IndividualSessionsUneven);
        Assert.False(early.ScoresDrifting);
        Assert.True(early.IndividualSessionsUneven);
    }
}
