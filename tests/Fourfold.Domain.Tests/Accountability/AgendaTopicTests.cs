using Fourfold.Domain.Access;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;
using Fourfold.Domain.Records;
using Fourfold.Domain.Scheduling;
using NodaTime;

namespace Fourfold.Domain.Tests.Accountability;

public sealed class AgendaTopicTests
{
    private static readonly Instant Now = CaseBuilder.Start + Duration.FromDays(10);
    private static readonly Case Team = CaseBuilder.FullTeam().Build();
    private static readonly PersonId[] Everyone =
        [CaseBuilder.BetrayedPartner, CaseBuilder.InvolvedPartner, CaseBuilder.BetrayedSupport, CaseBuilder.InvolvedSupport, CaseBuilder.CouplesTherapist];

    private static AuthoringContext As(PersonId person) => new(Team.Id, person, Team.ActiveRoles(), null, null, Now.InUtc().Date);

    private static IEnumerable<PersonId> Readers(ClinicalItem words) =>
        Everyone.Where(person => AccessDecision.Decide(new Reader(person), words.Facts, new CaseAccessState(Team.Id, CaseBuilder.Practice, Team.ActiveRoles(), []), Now) is AccessVerdict.Allowed);

    [Fact]
    public void ATopic_IsReadByEveryoneInAJointSession_AndNoOneElse()
    {
        var (topic, words) = AgendaTopic.Raise(As(CaseBuilder.InvolvedPartner), new AgendaTopicDraft(AgendaTopicKind.Topic, " The holidays "), Now);
        Assert.Equal(words.Id, topic.Id);
        Assert.Equal("The holidays", words.Body);
        Assert.Equal(ItemSubject.InvolvedPartner, words.Subject);
        Assert.Equal([CaseBuilder.BetrayedPartner, CaseBuilder.InvolvedPartner, CaseBuilder.CouplesTherapist], Readers(words));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void HowItFelt_IsTheAuthorsAlone_UnlessSharedWithTheCouplesTherapist(bool shared)
    {
        var (_, words) = AgendaTopic.Raise(As(CaseBuilder.BetrayedPartner), new AgendaTopicDraft(AgendaTopicKind.HowItFelt, "Left out", shared), Now);
        Assert.Equal(shared ? [CaseBuilder.BetrayedPartner, CaseBuilder.CouplesTherapist] : [CaseBuilder.BetrayedPartner], Readers(words));
    }

    [Fact]
    public void OnlyPartnersBringTopics_WithACouplesTherapistOnTheTeam_AndOnlyTheCouplesTherapistMarksThemDiscussed()
    {
        Assert.Contains(nameof(AgendaTopicDraft.Text), AgendaTopic.Check(As(CaseBuilder.CouplesTherapist), new AgendaTopicDraft(AgendaTopicKind.Topic, "x")).Keys);
        Assert.Contains(nameof(AgendaTopicDraft.Text), AgendaTopic.Check(As(CaseBuilder.BetrayedPartner), new AgendaTopicDraft(AgendaTopicKind.Topic, " ")).Keys);
        Assert.Contains(nameof(AgendaTopicDraft.Text), AgendaTopic.Check(As(CaseBuilder.BetrayedPartner), new AgendaTopicDraft(AgendaTopicKind.Topic, new string('x', AgendaTopic.MaxLength + 1))).Keys);
        Assert.Contains(nameof(AgendaTopicDraft.Kind), AgendaTopic.Check(As(CaseBuilder.BetrayedPartner), new AgendaTopicDraft((AgendaTopicKind)5, "x")).Keys);
        Assert.Empty(AgendaTopic.Check(As(CaseBuilder.BetrayedPartner), new AgendaTopicDraft(AgendaTopicKind.Topic, new string('x', AgendaTopic.MaxLength))));

        var withoutCouplesTherapist = Case.Open(CaseId.New(), CaseBuilder.Practice, "Ortiz", CaseBuilder.BetrayedSupport, "Sam", "sam@practice.test", [CaseRole.SupportOfBetrayedPartner], CaseBuilder.Start);
        var invited = withoutCouplesTherapist.Invite(new TeamInvitation(CaseRole.BetrayedPartner, CaseBuilder.EmailOf(CaseBuilder.BetrayedPartner), "Dana"), CaseBuilder.BetrayedSupport, "hash", CaseBuilder.Start);
        withoutCouplesTherapist.AcceptInvitation(invited.Id, CaseBuilder.BetrayedPartner, PersonKind.Client, CaseBuilder.EmailOf(CaseBuilder.BetrayedPartner), "Dana", CaseBuilder.Start);
        var alone = new AuthoringContext(withoutCouplesTherapist.Id, CaseBuilder.BetrayedPartner, withoutCouplesTherapist.ActiveRoles(), null, null, Now.InUtc().Date);
        Assert.Contains(nameof(AgendaTopicDraft.Text), AgendaTopic.Check(alone, new AgendaTopicDraft(AgendaTopicKind.Topic, "x")).Keys);

        var (topic, _) = AgendaTopic.Raise(As(CaseBuilder.BetrayedPartner), new AgendaTopicDraft(AgendaTopicKind.Topic, "x"), Now);
        Assert.Throws<DomainRuleViolation>(() => topic.MarkDiscussed(CaseBuilder.InvolvedPartner, new HashSet<CaseRole> { CaseRole.InvolvedPartner }, Now));
        Assert.Throws<DomainRuleViolation>(() => topic.MarkDiscussed(CaseBuilder.BetrayedSupport, new HashSet<CaseRole> { CaseRole.SupportOfBetrayedPartner }, Now));
        topic.MarkDiscussed(CaseBuilder.CouplesTherapist, new HashSet<CaseRole> { CaseRole.CouplesTherapist }, Now);
        Assert.Equal(Now, topic.DiscussedAt);
        Assert.Throws<DomainRuleViolation>(() => topic.MarkDiscussed(CaseBuilder.CouplesTherapist, new HashSet<CaseRole> { CaseRole.CouplesTherapist }, Now));

        var (own, _) = AgendaTopic.Raise(As(CaseBuilder.BetrayedPartner), new AgendaTopicDraft(AgendaTopicKind.HowItFelt, "x"), Now);
        own.MarkDiscussed(CaseBuilder.BetrayedPartner, new HashSet<CaseRole> { CaseRole.BetrayedPartner }, Now);
        Assert.Equal(Now, own.DiscussedAt);
    }

    private static Session Booked(SessionKind kind, PartnerRole? partner, int daysOn, bool cancelled = false)
    {
        var booked = CaseBuilder.Start;
        var policy = new CouplesPolicy(1, ConfidentialityPolicy.NoSecrets, IndividualSessionPolicy.Offered(20, IndividualSessionScope.Ongoing), CaseBuilder.CouplesTherapist, booked);
        var context = new BookingContext(Team.Id, CaseBuilder.CouplesTherapist, Team.ActiveRoles(), new CouplesTherapistBookingFacts(true, policy, 1, 1, false, 0, 0),
            new Dictionary<PersonId, IReadOnlyList<Interval>>(), new Dictionary<PersonId, string>(), Duration.FromMinutes(10), booked);
        var session = Session.Book(SessionBooking.Check(context, new SessionRequest(kind, partner, booked + Duration.FromDays(daysOn), 50)), CaseBuilder.CouplesTherapist, booked);
        if (cancelled)
        {
            session.Cancel(CaseBuilder.CouplesTherapist, booked + Duration.FromHours(1));
        }

        return session;
    }

    [Fact]
    public void AHowItFeltNote_IsOfferedAfterThePartnersOwnSessionWithTheCouplesTherapist_UntilTheNextJointSession()
    {
        var joint = Booked(SessionKind.Couple, null, 1);
        var hers = Booked(SessionKind.IndividualWithCouplesTherapist, PartnerRole.BetrayedPartner, 3);
        var his = Booked(SessionKind.IndividualWithCouplesTherapist, PartnerRole.InvolvedPartner, 4);
        var later = Booked(SessionKind.IndividualWithCouplesTherapist, PartnerRole.BetrayedPartner, 6, cancelled: true);

        Assert.Same(hers, AgendaTopic.HowItFeltAfter(PartnerRole.InvolvedPartner, [joint, hers, his, later]));
        Assert.Same(his, AgendaTopic.HowItFeltAfter(PartnerRole.BetrayedPartner, [joint, hers, his]));
        Assert.Null(AgendaTopic.HowItFeltAfter(PartnerRole.InvolvedPartner, [joint, later]));
        Assert.Null(AgendaTopic.HowItFeltAfter(PartnerRole.InvolvedPartner, [hers, Booked(SessionKind.FourPerson, null, 5)]));
    }
}
