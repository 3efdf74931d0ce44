using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.FullDisclosure;
using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;
using NodaTime;

namespace Fourfold.Domain.Tests.FullDisclosure;

public sealed class DisclosureProcessTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 2, 15, 0);
    private static readonly PersonId Someone = PersonId.New();
    private static readonly DisclosurePlan Settled = new("Harbor Counseling, room 2", true, SupportPersonPresence.Online, PolygraphTiming.None, "", new LocalDate(2027, 2, 1));

    internal static IReadOnlySet<CaseRole> As(params CaseRole[] roles) => roles.ToHashSet();

    internal static readonly IReadOnlySet<CaseRole> Betrayed = As(CaseRole.BetrayedPartner);
    internal static readonly IReadOnlySet<CaseRole> Involved = As(CaseRole.InvolvedPartner);
    internal static readonly IReadOnlySet<CaseRole> HerSupport = As(CaseRole.SupportOfBetrayedPartner);
    internal static readonly IReadOnlySet<CaseRole> HisTherapist = As(CaseRole.SupportOfInvolvedPartner);
    internal static readonly IReadOnlySet<CaseRole> Couples = As(CaseRole.CouplesTherapist);

    private static DisclosureProcess Started() => DisclosureProcess.Start(CaseId.New(), Someone, Couples, Now);

    private static void Allowed(DisclosureVerdict verdict) => Assert.True(verdict.IsAllowed, verdict.Explanation);

    private static void Refused(DisclosureRefusal reason, DisclosureVerdict verdict) => Assert.Equal(reason, verdict.Refusal);

    private static DisclosureProcess InReview(PolygraphTiming polygraph = PolygraphTiming.None)
    {
        var process = Started();
        Allowed(process.SetPlan(Settled with { Polygraph = polygraph, PolygraphExaminer = polygraph == PolygraphTiming.None ? "" : "A. Examiner, CPE" }, Couples));
        Allowed(process.Advance(DisclosureStage.Questions, Someone, Couples, Now));
        Allowed(process.Advance(DisclosureStage.Drafting, Someone, HerSupport, Now));
        Allowed(process.RecordDraft(Involved));
        Allowed(process.Advance(DisclosureStage.Review, Someone, HisTherapist, Now));
        return process;
    }

    private static DisclosureProcess Reviewed(PolygraphTiming polygraph = PolygraphTiming.None)
    {
        var process = InReview(polygraph);
        Allowed(process.Approve(Someone, HisTherapist, Now));
        Allowed(process.ConfirmReadiness(Someone, HerSupport, Now));
        return process;
    }

    [Fact]
    public void TheWholeWay_WithoutAPolygraph_IsTakenStepByStepByThoseEachStepBelongsTo_AndEveryStepIsDated()
    {
        var process = Reviewed();
        Allowed(process.BookSession(SessionId.New(), Couples));
        var day = Now;
        foreach (var (to, by) in new[]
        {
            (DisclosureStage.Scheduled, Couples), (DisclosureStage.Disclosed, Couples), (DisclosureStage.ImpactStatement, HerSupport),
            (DisclosureStage.Restitution, Betrayed), (DisclosureStage.Complete, HisTherapist),
        })
        {
            day += Duration.FromDays(7);
            Allowed(process.Advance(to, Someone, by, day));
            Assert.Equal(to, process.Stage);
            Assert.Equal(day, process.EnteredAt(to));
        }

        Assert.Equal(
            [DisclosureStage.Planning, DisclosureStage.Questions, DisclosureStage.Drafting, DisclosureStage.Review, DisclosureStage.Scheduled, DisclosureStage.Disclosed,
                DisclosureStage.ImpactStatement, DisclosureStage.Restitution, DisclosureStage.Complete],
            process.Steps.Select(s => s.Stage));
        Refused(DisclosureRefusal.AlreadyComplete, process.Advance(DisclosureStage.Complete, Someone, Couples, day));
        Refused(DisclosureRefusal.AlreadyComplete, process.Pause(Someone, Betrayed, null, day));
    }

    [Fact]
    public void Only_AProfessional_StartsADisclosure()
    {
        Assert.Throws<DomainRuleViolation>(() => DisclosureProcess.Start(CaseId.New(), Someone, Involved, Now));
        Assert.Throws<DomainRuleViolation>(() => DisclosureProcess.Start(CaseId.New(), Someone, Betrayed, Now));
        Assert.Equal(DisclosureStage.Planning, DisclosureProcess.Start(CaseId.New(), Someone, HerSupport, Now).Stage);
    }

    [Fact]
    public void Planning_EndsOnlyOnceWhereAndWhenAreSettled_AndAnExaminerIsNamedForAPolygraph()
    {
        var process = Started();
        Refused(DisclosureRefusal.PlanNotSettled, process.Advance(DisclosureStage.Questions, Someone, Couples, Now));
        Refused(DisclosureRefusal.NotYoursToRecord, process.SetPlan(Settled, Involved));
        Allowed(process.SetPlan(Settled with { Polygraph = PolygraphTiming.AfterDisclosure }, HisTherapist));
        Refused(DisclosureRefusal.PlanNotSettled, process.Advance(DisclosureStage.Questions, Someone, Couples, Now));
        Allowed(process.SetPlan(Settled with { TargetDate = null }, Couples));
        Refused(DisclosureRefusal.PlanNotSettled, process.Advance(DisclosureStage.Questions, Someone, Couples, Now));
        Allowed(process.SetPlan(Settled, Couples));
        Refused(DisclosureRefusal.NotYoursToMove, process.Advance(DisclosureStage.Questions, Someone, Betrayed, Now));
        Refused(DisclosureRefusal.NotTheNextStep, process.Advance(DisclosureStage.Drafting, Someone, Couples, Now));
        Allowed(process.Advance(DisclosureStage.Questions, Someone, HerSupport, Now));
    }

    [Fact]
    public void TheQuestions_ArePassedOnByTheBetrayedPartnersSupport_AndADraftIsNeededBeforeReview()
    {
        var process = Started();
        Allowed(process.SetPlan(Settled, Couples));
        Allowed(process.Advance(DisclosureStage.Questions, Someone, Couples, Now));
        foreach (var other in new[] { Betrayed, Involved, HisTherapist, Couples })
        {
            Refused(DisclosureRefusal.NotYoursToMove, process.Advance(DisclosureStage.Drafting, Someone, other, Now));
        }

        Refused(DisclosureRefusal.NotAtThisStage, process.RecordDraft(Involved));
        Allowed(process.Advance(DisclosureStage.Drafting, Someone, HerSupport, Now));
        Refused(DisclosureRefusal.NoDraftYet, process.Advance(DisclosureStage.Review, Someone, Involved, Now));
        Refused(DisclosureRefusal.NotYoursToRecord, process.RecordDraft(Betrayed));
        Refused(DisclosureRefusal.NotYoursToRecord, process.RecordDraft(HerSupport));
        Allowed(process.RecordDraft(Involved));
        Allowed(process.RecordDraft(HisTherapist));
        Assert.Equal(2, process.Drafts);
        Refused(DisclosureRefusal.NotYoursToMove, process.Advance(DisclosureStage.Review, Someone, Couples, Now));
        Allowed(process.Advance(DisclosureStage.Review, Someone, Involved, Now));
    }

    [Fact]
    public void TheReview_EndsWithTheDraftApprovedByHisTherapist_ReadinessConfirmedByHerSupport_AndTheSessionBooked()
    {
        var process = InReview();
        Refused(DisclosureRefusal.DraftNotApproved, process.Advance(DisclosureStage.Scheduled, Someone, Couples, Now));
        Refused(DisclosureRefusal.NotYoursToRecord, process.Approve(Someone, Couples, Now));
        Refused(DisclosureRefusal.NotYoursToRecord, process.Approve(Someone, Involved, Now));
        Allowed(process.Approve(Someone, HisTherapist, Now));
        Refused(DisclosureRefusal.ReadinessNotConfirmed, process.Advance(DisclosureStage.Scheduled, Someone, Couples, Now));
        Refused(DisclosureRefusal.NotYoursToRecord, process.ConfirmReadiness(Someone, Betrayed, Now));
        Refused(DisclosureRefusal.NotYoursToRecord, process.ConfirmReadiness(Someone, HisTherapist, Now));
        Allowed(process.ConfirmReadiness(Someone, HerSupport, Now));
        Refused(DisclosureRefusal.NoSessionBooked, process.Advance(DisclosureStage.Scheduled, Someone, Couples, Now));
        Refused(DisclosureRefusal.NotYoursToRecord, process.BookSession(SessionId.New(), Involved));
        Allowed(process.BookSession(SessionId.New(), Couples));
        Refused(DisclosureRefusal.NotYoursToMove, process.Advance(DisclosureStage.Scheduled, Someone, Betrayed, Now));
        Allowed(process.Advance(DisclosureStage.Scheduled, Someone, Couples, Now));
        Refused(DisclosureRefusal.NotAtThisStage, process.Approve(Someone, HisTherapist, Now));
    }

    [Fact]
    public void SendingTheDraftBackForAnotherVersion_AsksForApprovalAndReadinessAfresh()
    {
        var process = Reviewed();
        Refused(DisclosureRefusal.NotYoursToMove, process.Advance(DisclosureStage.Drafting, Someone, Involved, Now));
        Allowed(process.Advance(DisclosureStage.Drafting, Someone, HerSupport, Now));
        Assert.Null(process.Approval);
        Assert.Null(process.Readiness);
        Refused(DisclosureRefusal.NoDraftYet, process.Advance(DisclosureStage.Review, Someone, Involved, Now));
        Allowed(process.RecordDraft(Involved));
        Allowed(process.Advance(DisclosureStage.Review, Someone, Involved, Now));
        Allowed(process.BookSession(SessionId.New(), Couples));
        Refused(DisclosureRefusal.DraftNotApproved, process.Advance(DisclosureStage.Scheduled, Someone, Couples, Now));
    }

    [Fact]
    public void APolygraphBeforeTheDisclosure_ComesBetweenTheReviewAndTheSession_AndNeedsItsResult()
    {
        var process = Reviewed(PolygraphTiming.BeforeDisclosure);
        Allowed(process.BookSession(SessionId.New(), Couples));
        Refused(DisclosureRefusal.NotTheNextStep, process.Advance(DisclosureStage.Scheduled, Someone, Couples, Now));
        Refused(DisclosureRefusal.NotAtThisStage, process.RecordPolygraph(PolygraphResult.Passed, Couples));
        Allowed(process.Advance(DisclosureStage.Polygraph, Someone, HisTherapist, Now));
        Refused(DisclosureRefusal.PolygraphResultMissing, process.Advance(DisclosureStage.Scheduled, Someone, Couples, Now));
        Refused(DisclosureRefusal.NotTheNextStep, process.Advance(DisclosureStage.ImpactStatement, Someone, Couples, Now));
        Refused(DisclosureRefusal.NotYoursToRecord, process.RecordPolygraph(PolygraphResult.Passed, Involved));
        Allowed(process.RecordPolygraph(PolygraphResult.Inconclusive, HisTherapist));
        Allowed(process.Advance(DisclosureStage.Scheduled, Someone, Couples, Now));
        Allowed(process.Advance(DisclosureStage.Disclosed, Someone, Couples, Now));
        Refused(DisclosureRefusal.NotTheNextStep, process.Advance(DisclosureStage.Polygraph, Someone, Couples, Now));
        Allowed(process.Advance(DisclosureStage.ImpactStatement, Someone, Couples, Now));
        Assert.Equal(PolygraphResult.Inconclusive, process.Polygraph);
    }

    [Fact]
    public void APolygraphAfterTheDisclosure_ComesBeforeTheImpactStatement_AndNeedsItsResult()
    {
        var process = Reviewed(PolygraphTiming.AfterDisclosure);
        Refused(DisclosureRefusal.NotTheNextStep, process.Advance(DisclosureStage.Polygraph, Someone, Couples, Now));
        Allowed(process.BookSession(SessionId.New(), Couples));
        Allowed(process.Advance(DisclosureStage.Scheduled, Someone, Couples, Now));
        Allowed(process.Advance(DisclosureStage.Disclosed, Someone, Couples, Now));
        Refused(DisclosureRefusal.NotTheNextStep, process.Advance(DisclosureStage.ImpactStatement, Someone, Couples, Now));
        Allowed(process.Advance(DisclosureStage.Polygraph, Someone, Couples, Now));
        Refused(DisclosureRefusal.NotAtThisStage, process.BookSession(SessionId.New(), Couples));
        Refused(DisclosureRefusal.PolygraphResultMissing, process.Advance(DisclosureStage.ImpactStatement, Someone, Couples, Now));
        Refused(DisclosureRefusal.NotTheNextStep, process.Advance(DisclosureStage.Scheduled, Someone, Couples, Now));
        Allowed(process.RecordPolygraph(PolygraphResult.Failed, Couples));
        Allowed(process.Advance(DisclosureStage.ImpactStatement, Someone, Couples, Now));
    }

    [Fact]
    public void OnlyTheBetrayedPartner_Pauses_AndOnlyTheirSide_Resumes_WhileNothingMoves()
    {
        var process = InReview();
        foreach (var other in new[] { Involved, HerSupport, HisTherapist, Couples })
        {
            Refused(DisclosureRefusal.OnlyTheBetrayedPartnerPauses, process.Pause(Someone, other, "Not now", Now));
        }

        Refused(DisclosureRefusal.NotPaused, process.Resume(Someone, Betrayed, Now));
        Allowed(process.Pause(Someone, Betrayed, "  I need a few weeks.  ", Now + Duration.FromDays(1)));
        Assert.True(process.IsPaused);
        Assert.Equal("I need a few weeks.", process.Steps[^1].Reason);
        Refused(DisclosureRefusal.AlreadyPaused, process.Pause(Someone, Betrayed, null, Now));
        Refused(DisclosureRefusal.Paused, process.Approve(Someone, HisTherapist, Now));
        Refused(DisclosureRefusal.Paused, process.ConfirmReadiness(Someone, HerSupport, Now));
        Refused(DisclosureRefusal.Paused, process.SetPlan(Settled with { InPerson = false }, Couples));
        Refused(DisclosureRefusal.Paused, process.BookSession(SessionId.New(), Couples));
        Refused(DisclosureRefusal.Paused, process.Advance(DisclosureStage.Drafting, Someone, HerSupport, Now));
        foreach (var other in new[] { Involved, HisTherapist, Couples })
        {
            Refused(DisclosureRefusal.OnlyTheBetrayedPartnersSideResumes, process.Resume(Someone, other, Now));
        }

        Allowed(process.Resume(Someone, HerSupport, Now + Duration.FromDays(20)));
        Assert.False(process.IsPaused);
        Assert.Equal(DisclosureStage.Review, process.Stage);
        Assert.Equal([DisclosureStepKind.Paused, DisclosureStepKind.Resumed], process.Steps.TakeLast(2).Select(s => s.Kind));
        Allowed(process.Pause(Someone, Betrayed, null, Now));
        Assert.Equal("", process.Steps[^1].Reason);
        Allowed(process.Resume(Someone, Betrayed, Now));
        Allowed(process.Approve(Someone, HisTherapist, Now));
    }

    [Fact]
    public void APauseReason_IsKeptToItsLength()
    {
        var process = Started();
        Allowed(process.Pause(Someone, Betrayed, new string('x', DisclosureProcess.MaxPauseReasonLength + 50), Now));
        Assert.Equal(DisclosureProcess.MaxPauseReasonLength, process.Steps[^1].Reason.Length);
    }

    [Fact]
    public void ThePlan_ChangesUntilTheReviewEnds_AChangeDuringItAsksForApprovalAndReadinessAfresh_AndEveryChangeMovesTheRevision()
    {
        var process = Reviewed();
        var revision = process.Revision;
        Allowed(process.SetPlan(Settled, Couples));
        Assert.NotNull(process.Approval);
        Assert.NotNull(process.Readiness);
        Allowed(process.SetPlan(Settled with { InPerson = false }, Couples));
        Assert.Equal(revision + 2, process.Revision);
        Assert.Null(process.Approval);
        Assert.Null(process.Readiness);
        Allowed(process.Approve(Someone, HisTherapist, Now));
        Allowed(process.ConfirmReadiness(Someone, HerSupport, Now));
        Allowed(process.BookSession(SessionId.New(), Couples));
        Allowed(process.Advance(DisclosureStage.Scheduled, Someone, Couples, Now));
        revision = process.Revision;
        Refused(DisclosureRefusal.NotAtThisStage, process.SetPlan(Settled with { Polygraph = PolygraphTiming.BeforeDisclosure, PolygraphExaminer = "A. Examiner" }, Couples));
        Refused(DisclosureRefusal.NotAtThisStage, process.BookSession(SessionId.New(), Couples));
        Assert.Equal(revision, process.Revision);
        Assert.Equal(PolygraphTiming.None, process.Plan.Polygraph);
    }

    [Fact]
    public void SomeoneWithNoRoleOnTheTeam_StartsRecordsAndBooksNothing()
    {
        var nobody = As();
        Assert.Throws<DomainRuleViolation>(() => DisclosureProcess.Start(CaseId.New(), Someone, nobody, Now));
        var process = Started();
        Refused(DisclosureRefusal.NotYoursToRecord, process.SetPlan(Settled, nobody));
        var review = InReview();
        Refused(DisclosureRefusal.NotYoursToRecord, review.BookSession(SessionId.New(), nobody));
        var polygraph = Reviewed(PolygraphTiming.BeforeDisclosure);
        Allowed(polygraph.Advance(DisclosureStage.Polygraph, Someone, Couples, Now));
        Refused(DisclosureRefusal.NotYoursToRecord, polygraph.RecordPolygraph(PolygraphResult.Passed, nobody));
    }

    [Fact]
    public void TheSession_IsBookedOnlyFromTheReviewOrAPolygraphThatComesFirst()
    {
        var process = Started();
        Refused(DisclosureRefusal.NotAtThisStage, process.BookSession(SessionId.New(), Couples));
        Allowed(process.SetPlan(Settled, Couples));
        Allowed(process.Advance(DisclosureStage.Questions, Someone, Couples, Now));
        Allowed(process.Advance(DisclosureStage.Drafting, Someone, HerSupport, Now));
        Refused(DisclosureRefusal.NotAtThisStage, process.BookSession(SessionId.New(), Couples));
        Assert.Null(process.Session);
    }

    [Fact]
    public void APolygraphFirst_NeedsTheSessionBookedToo_AndAStepThatIsNotNextIsSaidSoWhoeverAsks()
    {
        var process = Reviewed(PolygraphTiming.BeforeDisclosure);
        Refused(DisclosureRefusal.NotTheNextStep, process.Advance(DisclosureStage.Scheduled, Someone, Betrayed, Now));
        Allowed(process.Advance(DisclosureStage.Polygraph, Someone, Couples, Now));
        Allowed(process.RecordPolygraph(PolygraphResult.Passed, Couples));
        Refused(DisclosureRefusal.NoSessionBooked, process.Advance(DisclosureStage.Scheduled, Someone, Couples, Now));
    }

    [Fact]
    public void TheReviewsApprovalAndReadiness_StayRecordedOnceTheSessionIsBooked_AndEachStageKeepsWhenItWasEntered()
    {
        var process = Reviewed();
        Allowed(process.BookSession(SessionId.New(), Couples));
        Allowed(process.Advance(DisclosureStage.Scheduled, Someone, Couples, Now + Duration.FromDays(3)));
        Assert.NotNull(process.Approval);
        Assert.NotNull(process.Readiness);
        Assert.Equal(Now, process.EnteredAt(DisclosureStage.Planning));
        Assert.Equal(Now + Duration.FromDays(3), process.EnteredAt(DisclosureStage.Scheduled));
        Assert.Null(process.EnteredAt(DisclosureStage.Disclosed));
        Assert.True(DisclosurePlan.Empty.InPerson, "a disclosure is planned in person unless the team decides otherwise");
        Assert.False(DisclosurePlan.Empty.IsSettled);
    }

    [Fact]
    public void EveryRefusal_IsWorded()
    {
        foreach (var refusal in Enum.GetValues<DisclosureRefusal>())
        {
            Assert.False(string.IsNullOrWhiteSpace(DisclosureWording.Explain(refusal)));
        }

        foreach (var stage in Enum.GetValues<DisclosureStage>())
        {
            Assert.False(string.IsNullOrWhiteSpace(DisclosureWording.Name(stage)));
        }
    }
}
