using Fourfold.Domain.FullDisclosure;
using NodaTime;

namespace Fourfold.Domain.Tests.FullDisclosure;

/// <summary>A plan is checked field by field at its limits; parts may be left for later, but not set wrong.</summary>
public sealed class DisclosurePlanTests
{
    private static readonly LocalDate Today = new(2026, 12, 2);
    private static readonly DisclosurePlan Fine = new("Room 2", true, SupportPersonPresence.InTheRoom, PolygraphTiming.AfterDisclosure, "R. Okafor", Today);

    [Fact]
    public void APlan_AtEachLimit_IsKept_AndOneCharacterOrOneDayPast_IsRefusedByItsField()
    {
        Assert.Empty(DisclosurePlan.Check(Fine, Today));
        Assert.Empty(DisclosurePlan.Check(DisclosurePlan.Empty, Today));
        Assert.Empty(DisclosurePlan.Check(Fine with { Place = new string('p', DisclosurePlan.MaxPlaceLength), PolygraphExaminer = new string('e', DisclosurePlan.MaxExaminerLength) }, Today));
        Assert.Equal(["Place"], DisclosurePlan.Check(Fine with { Place = new string('p', DisclosurePlan.MaxPlaceLength + 1) }, Today).Keys);
        Assert.Equal(["PolygraphExaminer"], DisclosurePlan.Check(Fine with { PolygraphExaminer = new string('e', DisclosurePlan.MaxExaminerLength + 1) }, Today).Keys);
        Assert.Equal(["Polygraph"], DisclosurePlan.Check(Fine with { Polygraph = (PolygraphTiming)7 }, Today).Keys);
        Assert.Equal(["SupportPerson"], DisclosurePlan.Check(Fine with { SupportPerson = (SupportPersonPresence)7 }, Today).Keys);
        Assert.Equal(["TargetDate"], DisclosurePlan.Check(Fine with { TargetDate = Today.PlusDays(-1) }, Today).Keys);
        Assert.Empty(DisclosurePlan.Check(Fine with { TargetDate = Today.PlusDays(400) }, Today));
    }

    [Fact]
    public void Trimmed_KeepsTheExaminerOnlyWhenThereIsAPolygraph()
    {
        Assert.Equal(new DisclosurePlan("Room 2", true, SupportPersonPresence.InTheRoom, PolygraphTiming.AfterDisclosure, "R. Okafor", Today),
            (Fine with { Place = "  Room 2 ", PolygraphExaminer = " R. Okafor " }).Trimmed());
        Assert.Equal("", (Fine with { Polygraph = PolygraphTiming.None }).Trimmed().PolygraphExaminer);
        Assert.Equal("R. Okafor", (Fine with { Polygraph = PolygraphTiming.BeforeDisclosure }).Trimmed().PolygraphExaminer);
    }

    [Fact]
    public void TheDraftsAgreement_IsRecordedBeforeTheDisclosureIsGiven_AtAPolygraphThatComesFirst_AndNotAfterTheReviewOtherwise()
    {
        var roles = new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.CouplesTherapist };
        var someone = Domain.People.PersonId.New();
        var now = Instant.FromUtc(2026, 12, 2, 15, 0);
        var process = DisclosureProcess.Start(Domain.Cases.CaseId.New(), someone, roles, now);
        Assert.True(process.CheckDraftsAgreement(roles).IsAllowed);
        Assert.True(process.InPerson);
        process.SetPlan(Fine with { Polygraph = PolygraphTiming.BeforeDisclosure }, roles);
        process.Advance(DisclosureStage.Questions, someone, roles, now);
        process.Advance(DisclosureStage.Drafting, someone, new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.SupportOfBetrayedPartner }, now);
        process.RecordDraft(new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.InvolvedPartner });
        var his = new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.SupportOfInvolvedPartner };
        var hers = new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.SupportOfBetrayedPartner };
        process.Advance(DisclosureStage.Review, someone, his, now);
        Assert.True(process.CheckDraftsAgreement(his).IsAllowed);
        process.Approve(someone, his, now);
        process.ConfirmReadiness(someone, hers, now);
        Assert.True(process.Advance(DisclosureStage.Polygraph, someone, roles, now).IsAllowed);
        Assert.True(process.CheckDraftsAgreement(roles).IsAllowed);
        process.RecordPolygraph(PolygraphResult.Passed, roles);
        process.BookSession(Domain.Scheduling.SessionId.New(), roles);
        Assert.True(process.Advance(DisclosureStage.Scheduled, someone, roles, now).IsAllowed);
        Assert.Equal(DisclosureRefusal.NotAtThisStage, process.CheckDraftsAgreement(roles).Refusal);
    }

    [Fact]
    public void TheDraftsAgreement_IsRefusedAtAPolygraphThatComesAfterTheDisclosure()
    {
        var roles = new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.CouplesTherapist };
        var someone = Domain.People.PersonId.New();
        var now = Instant.FromUtc(2026, 12, 2, 15, 0);
        var process = DisclosureProcess.Start(Domain.Cases.CaseId.New(), someone, roles, now);
        process.SetPlan(Fine, roles);
        process.Advance(DisclosureStage.Questions, someone, roles, now);
        process.Advance(DisclosureStage.Drafting, someone, new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.SupportOfBetrayedPartner }, now);
        process.RecordDraft(new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.InvolvedPartner });
        var his = new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.SupportOfInvolvedPartner };
        process.Advance(DisclosureStage.Review, someone, his, now);
        process.Approve(someone, his, now);
        process.ConfirmReadiness(someone, new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.SupportOfBetrayedPartner }, now);
        process.BookSession(Domain.Scheduling.SessionId.New(), roles);
        process.Advance(DisclosureStage.Scheduled, someone, roles, now);
        process.Advance(DisclosureStage.Disclosed, someone, roles, now);
        Assert.True(process.Advance(DisclosureStage.Polygraph, someone, roles, now).IsAllowed);
        Assert.Equal(DisclosureRefusal.NotAtThisStage, process.CheckDraftsAgreement(roles).Refusal);
    }

    [Fact]
    public void ThePolygraphsDayAndNote_AreKeptWithItsResult_TheNoteTrimmedAndCut_AndTheImpactSessionBookedOnlyAtItsStage()
    {
        var roles = new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.CouplesTherapist };
        var someone = Domain.People.PersonId.New();
        var now = Instant.FromUtc(2026, 12, 2, 15, 0);
        var process = DisclosureProcess.Start(Domain.Cases.CaseId.New(), someone, roles, now);
        process.SetPlan(Fine, roles);
        process.Advance(DisclosureStage.Questions, someone, roles, now);
        process.Advance(DisclosureStage.Drafting, someone, new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.SupportOfBetrayedPartner }, now);
        process.RecordDraft(new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.InvolvedPartner });
        var his = new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.SupportOfInvolvedPartner };
        process.Advance(DisclosureStage.Review, someone, his, now);
        process.Approve(someone, his, now);
        process.ConfirmReadiness(someone, new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.SupportOfBetrayedPartner }, now);
        process.BookSession(Domain.Scheduling.SessionId.New(), roles);
        process.Advance(DisclosureStage.Scheduled, someone, roles, now);
        process.Advance(DisclosureStage.Disclosed, someone, roles, now);
        process.Advance(DisclosureStage.Polygraph, someone, roles, now);
        Assert.Equal(DisclosureRefusal.NotAtThisStage, process.BookImpactSession(Domain.Scheduling.SessionId.New(), roles).Refusal);

        Assert.True(process.RecordPolygraph(PolygraphResult.Inconclusive, Today, "  " + new string('n', DisclosureProcess.MaxPolygraphNoteLength + 5) + " ", roles).IsAllowed);
        Assert.Equal((PolygraphResult.Inconclusive, Today, DisclosureProcess.MaxPolygraphNoteLength), (process.Polygraph, process.PolygraphOn, process.PolygraphNote.Length));
        Assert.True(process.RecordPolygraph(PolygraphResult.Passed, Today, " Clear. ", roles).IsAllowed);
        Assert.Equal("Clear.", process.PolygraphNote);
        var exact = new string('x', DisclosureProcess.MaxPolygraphNoteLength);
        process.RecordPolygraph(PolygraphResult.Passed, null, exact, roles);
        Assert.Equal((exact, (LocalDate?)null), (process.PolygraphNote, process.PolygraphOn));

        process.Advance(DisclosureStage.ImpactStatement, someone, roles, now);
        var session = Domain.Scheduling.SessionId.New();
        Assert.Equal(DisclosureRefusal.NotYoursToRecord, process.BookImpactSession(session, new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.BetrayedPartner }).Refusal);
        Assert.True(process.BookImpactSession(session, roles).IsAllowed);
        Assert.Equal(session, process.ImpactSession);
    }

    [Fact]
    public void APauseReason_AtTheLimit_IsKeptWhole()
    {
        var roles = new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.BetrayedPartner };
        var process = DisclosureProcess.Start(Domain.Cases.CaseId.New(), Domain.People.PersonId.New(), new HashSet<Domain.Cases.CaseRole> { Domain.Cases.CaseRole.CouplesTherapist }, Instant.FromUtc(2026, 12, 2, 15, 0));
        var reason = new string('r', DisclosureProcess.MaxPauseReasonLength);
        process.Pause(Domain.People.PersonId.New(), roles, reason, Instant.FromUtc(2026, 12, 2, 16, 0));
        Assert.Equal(reason, process.Steps[^1].Reason);
    }
}
