using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.PartnerMeetings;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Fourfold.Domain.Scheduling;
using NodaTime;

namespace Fourfold.Domain.Tests.PartnerMeetings;

/// <summary>A partner's request to meet the other partner's therapist: the other partner first, then the therapist.</summary>
public sealed class MeetingRequestTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 2, 15, 0);
    private static readonly PersonId Riley = PersonId.New();
    private static readonly PersonId Avery = PersonId.New();
    private static readonly PersonId Sam = PersonId.New();
    private static readonly PersonId Jordan = PersonId.New();
    private static readonly CaseId Case = CaseId.New();

    private static readonly Dictionary<PersonId, IReadOnlySet<CaseRole>> Team = new()
    {
        [Riley] = new HashSet<CaseRole> { CaseRole.BetrayedPartner },
        [Avery] = new HashSet<CaseRole> { CaseRole.InvolvedPartner },
        [Sam] = new HashSet<CaseRole> { CaseRole.SupportOfInvolvedPartner },
        [Jordan] = new HashSet<CaseRole> { CaseRole.SupportOfBetrayedPartner },
    };

    private static AuthoringContext As(PersonId author) => new(Case, author, Team, null, null, new LocalDate(2026, 12, 2));

    private static (MeetingRequest Request, ClinicalItem Preparation) Asked(params string[] concerns) =>
        MeetingRequest.Ask(As(Riley), Sam, "Sam Ortiz", acceptsInformationFromPartners: true, [GuidingQuestions.All[2], " ", "My own question"], concerns, Now);

    [Fact]
    public void TheRequest_GoesToTheOtherPartnerFirst_AndThePreparationReachesTheTherapistOnlyWhenTheyAgree()
    {
        var (request, preparation) = Asked("I am frightened.", "Work trips are hard.");
        Assert.Equal(MeetingRequestStatus.AwaitingPartner, request.Status);
        Assert.Equal(PartnerRole.InvolvedPartner, request.Client);
        Assert.Equal(ItemSubject.BetrayedPartner, preparation.Subject);
        Assert.Equal([CaseRole.BetrayedPartner], preparation.AudienceRoles);
        Assert.Empty(preparation.AudiencePersonIds);
        Assert.Contains("1. What is the focus of your work together now?\n2. My own question", preparation.Body, StringComparison.Ordinal);
        Assert.Contains(MeetingWording.NoAnswerExpected, preparation.Body, StringComparison.Ordinal);
        Assert.Empty(request.Facts.Audience.People);

        Assert.Equal(MeetingRefusal.NotTheOtherPartner, request.AnswerAsPartner(Riley, Team[Riley], true, preparation, Now));
        Assert.Equal(MeetingRefusal.NotTheOtherPartner, request.AnswerAsPartner(Sam, Team[Sam], true, preparation, Now));
        Assert.Equal(MeetingRefusal.NotAwaitingTheTherapist, request.AnswerAsTherapist(Sam, true, true, Now));
        Assert.Null(request.AnswerAsPartner(Avery, Team[Avery], true, preparation, Now));
        Assert.Equal(MeetingRequestStatus.AwaitingTherapist, request.Status);
        Assert.Equal([Sam.Value], preparation.AudiencePersonIds);
        Assert.Equal([Sam], request.Facts.Audience.People);
        Assert.Equal(MeetingRefusal.NotAwaitingThePartner, request.AnswerAsPartner(Avery, Team[Avery], true, preparation, Now));
    }

    [Fact]
    public void WhenTheOtherPartnerDoesNotAgree_TheTherapistIsNeverAskedAndNeverReadsIt()
    {
        var (request, preparation) = Asked();
        Assert.Null(request.AnswerAsPartner(Avery, Team[Avery], false, preparation, Now));
        Assert.Equal(MeetingRequestStatus.DeclinedByPartner, request.Status);
        Assert.Empty(preparation.AudiencePersonIds);
        Assert.Empty(request.Facts.Audience.People);
        Assert.False(request.IsOpen);
        Assert.Equal(MeetingRefusal.NotAwaitingTheTherapist, request.AnswerAsTherapist(Sam, true, true, Now));
    }

    [Fact]
    public void TheTherapistAsked_AcceptsOrDeclines_ThenBooks_AndWritesBackAboutTheirClient()
    {
        var (request, preparation) = Asked();
        request.AnswerAsPartner(Avery, Team[Avery], true, preparation, Now);
        Assert.Equal(MeetingRefusal.NotTheTherapistAsked, request.AnswerAsTherapist(Jordan, true, true, Now));
        Assert.Throws<DomainRuleViolation>(() => request.WriteAnswer(As(Sam), "Too soon.", Now));
        Assert.Equal(MeetingRefusal.NotAccepted, request.Book(Sam, SessionId.New()));
        Assert.Null(request.AnswerAsTherapist(Sam, true, clientAttends: false, Now));
        Assert.Equal((MeetingRequestStatus.Accepted, false), (request.Status, request.ClientAttends));
        Assert.Equal(MeetingRefusal.NotTheTherapistAsked, request.Book(Jordan, SessionId.New()));
        var session = SessionId.New();
        Assert.Null(request.Book(Sam, session));
        Assert.Equal((MeetingRequestStatus.Booked, session), (request.Status, request.Session));
        Assert.Equal(MeetingRefusal.NotAccepted, request.Book(Sam, SessionId.New()));

        Assert.Throws<DomainRuleViolation>(() => request.WriteAnswer(As(Jordan), "Not mine.", Now));
        Assert.Throws<DomainRuleViolation>(() => request.WriteAnswer(As(Sam), " ", Now));
        var answer = request.WriteAnswer(As(Sam), "Thank you for coming.", Now);
        Assert.Equal((ItemSubject.InvolvedPartner, Category.PlanAndProgress, Sam), (answer.Subject, answer.Category, answer.Holder));
        Assert.Equal([answer.Id.Value], request.Answers);
    }

    [Fact]
    public void EachAnswerMovesTheRevision_TheRequestStaysOpenUntilBookedOrDeclined_AndIsForBothPartners()
    {
        var (request, preparation) = Asked();
        Assert.True(request.ClientAttends);
        Assert.True(request.IsOpen);
        Assert.Equal(0, request.Revision);
        Assert.Equal(new[] { CaseRole.BetrayedPartner, CaseRole.InvolvedPartner }, request.Facts.Audience.Roles.Order());
        request.AnswerAsPartner(Avery, Team[Avery], true, preparation, Now);
        Assert.Equal(1, request.Revision);
        Assert.True(request.IsOpen);
        request.AnswerAsTherapist(Sam, true, true, Now);
        Assert.Equal((2, true, true), (request.Revision, request.IsOpen, request.ClientAttends));
        request.Book(Sam, SessionId.New());
        Assert.Equal((3, false), (request.Revision, request.IsOpen));
        request.WriteAnswer(As(Sam), "Thank you.", Now);
        Assert.Equal(4, request.Revision);

        var (declined, declinedPreparation) = Asked();
        declined.AnswerAsPartner(Avery, Team[Avery], true, declinedPreparation, Now);
        Assert.Null(declined.AnswerAsTherapist(Sam, false, true, Now));
        Assert.Equal((MeetingRequestStatus.DeclinedByTherapist, false, false), (declined.Status, declined.ClientAttends, declined.IsOpen));
    }

    [Fact]
    public void TheLimits_AreKeptExactly_AndAPreparationWithoutConcernsSaysNothingOfThem()
    {
        Assert.Empty(MeetingRequest.Check(As(Riley), Sam, true, [new string('q', MeetingRequest.MaxQuestionLength), "short"], [new string('c', MeetingRequest.MaxConcernLength)]));
        Assert.True(MeetingRequest.Check(As(Riley), Sam, true, ["short", new string('q', MeetingRequest.MaxQuestionLength + 1)], []).ContainsKey("Questions"));
        Assert.True(MeetingRequest.Check(As(Riley), Sam, true, ["short"], ["fine", new string('c', MeetingRequest.MaxConcernLength + 1)]).ContainsKey("Concerns"));
        var (_, without) = Asked();
        Assert.DoesNotContain("concerns", without.Body, StringComparison.OrdinalIgnoreCase);
        var (_, with) = Asked("First worry.", "Second worry.");
        Assert.Contains("- First worry.\n- Second worry.", with.Body, StringComparison.Ordinal);

        var (request, preparation) = Asked();
        request.AnswerAsPartner(Avery, Team[Avery], true, preparation, Now);
        request.AnswerAsTherapist(Sam, true, true, Now);
        Assert.Equal(ItemContent.MaxBodyLength, request.WriteAnswer(As(Sam), new string('a', ItemContent.MaxBodyLength), Now).Body.Length);
        Assert.Throws<DomainRuleViolation>(() => request.WriteAnswer(As(Sam), new string('a', ItemContent.MaxBodyLength + 1), Now));
        Assert.Equal("Therapist", Assert.Throws<DomainRuleViolation>(() => MeetingRequest.Ask(As(Sam), Sam, "Sam", true, ["q"], [], Now)).Field);
    }

    [Fact]
    public void ARequestIsChecked_OnlyAPartnerAsks_OnlyTheOtherPartnersSupport_AndConcernsNeverGoToATherapistWhoTakesNone()
    {
        Assert.True(MeetingRequest.Check(As(Sam), Sam, true, ["x"], []).ContainsKey("Therapist"));
        Assert.True(MeetingRequest.Check(As(Riley), Jordan, true, ["x"], []).ContainsKey("Therapist"));
        Assert.True(MeetingRequest.Check(As(Riley), PersonId.New(), true, ["x"], []).ContainsKey("Therapist"));
        Assert.True(MeetingRequest.Check(As(Riley), Sam, true, [" "], []).ContainsKey("Questions"));
        Assert.True(MeetingRequest.Check(As(Riley), Sam, true, [.. Enumerable.Repeat("q", MeetingRequest.MostQuestions + 1)], []).ContainsKey("Questions"));
        Assert.True(MeetingRequest.Check(As(Riley), Sam, true, [new string('q', MeetingRequest.MaxQuestionLength + 1)], []).ContainsKey("Questions"));
        Assert.Empty(MeetingRequest.Check(As(Riley), Sam, true, [.. Enumerable.Repeat("q", MeetingRequest.MostQuestions)], ["a", "b", "c"]));
        Assert.True(MeetingRequest.Check(As(Riley), Sam, true, ["q"], ["a", "b", "c", "d"]).ContainsKey("Concerns"));
        Assert.True(MeetingRequest.Check(As(Riley), Sam, true, ["q"], [new string('c', MeetingRequest.MaxConcernLength + 1)]).ContainsKey("Concerns"));
        Assert.Equal(MeetingWording.Explain(MeetingRefusal.TakesNoInformationFromPartners), MeetingRequest.Check(As(Riley), Sam, false, ["q"], ["a"])["Concerns"]);
        Assert.Empty(MeetingRequest.Check(As(Riley), Sam, false, ["q"], [" "]));
        Assert.Throws<DomainRuleViolation>(() => MeetingRequest.Ask(As(Riley), Sam, "Sam", false, ["q"], ["a"], Now));
    }
}
