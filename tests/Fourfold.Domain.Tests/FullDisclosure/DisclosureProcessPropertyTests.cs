using CsCheck;
using Fourfold.Domain.Cases;
using Fourfold.Domain.FullDisclosure;
using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;
using NodaTime;

namespace Fourfold.Domain.Tests.FullDisclosure;

/// <summary>Rules that hold for every sequence of moves anyone on the team may try, in any order.</summary>
public sealed class DisclosureProcessPropertyTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 12, 2, 15, 0);

    private static readonly IReadOnlySet<CaseRole>[] RoleSets = [.. Enum.GetValues<CaseRole>().Select(role => (IReadOnlySet<CaseRole>)new HashSet<CaseRole> { role })];

    private static readonly DisclosurePlan[] Plans =
    [
        DisclosurePlan.Empty,
        new("Room 2", true, SupportPersonPresence.InTheRoom, PolygraphTiming.None, "", new LocalDate(2027, 2, 1)),
        new("Room 2", false, SupportPersonPresence.Online, PolygraphTiming.BeforeDisclosure, "A. Examiner", new LocalDate(2027, 2, 1)),
        new("Room 2", true, SupportPersonPresence.NotPresent, PolygraphTiming.AfterDisclosure, "A. Examiner", new LocalDate(2027, 2, 1)),
    ];

    /// <summary>
    /// A move someone tries: most often a next step of wherever the disclosure stands then (<see cref="Move.Choice"/> picks
    /// which), sometimes any stage at all, or one of the records and the pause.
    /// </summary>
    private sealed record Move(int Kind, int Choice, DisclosureStage To, int Roles, int Plan, PolygraphResult Result);

    private static readonly Gen<Move> AnyMove =
        from kind in Gen.Int[0, 12]
        from choice in Gen.Int[0, 3]
        from to in Gen.Enum<DisclosureStage>()
        from roles in Gen.Int[0, RoleSets.Length - 1]
        from plan in Gen.Int[0, Plans.Length - 1]
        from result in Gen.Enum<PolygraphResult>()
        select new Move(kind, choice, to, roles, plan, result);

    [Fact]
    public void NoSequenceOfMoves_ReachesCompleteWithoutAnApprovedReview_RecordsWhilePaused_OrLetsAnyoneButTheBetrayedPartnersSidePauseAndResume()
    {
        var completed = 0;
        AnyMove.Array[50, 400].Sample(moves =>
        {
            var process = DisclosureProcess.Start(CaseId.New(), PersonId.New(), RoleSets[(int)CaseRole.CouplesTherapist - 1], Start);
            var now = Start;
            foreach (var move in moves)
            {
                now += Duration.FromHours(1);
                var roles = RoleSets[move.Roles];
                var wasPaused = process.IsPaused;
                var (approved, ready) = (process.Approval is not null, process.Readiness is not null);
                var before = process.Stage;
                var verdict = Apply(process, move, roles, now);
                if (!verdict.IsAllowed)
                {
                    continue;
                }

                Assert.False(wasPaused && move.Kind is >= 5 and <= 10, "something was recorded while the disclosure was paused");
                if (process.Stage != before)
                {
                    Assert.False(wasPaused, "a paused disclosure moved");
                    Assert.True(process.Stage is not (DisclosureStage.Scheduled or DisclosureStage.Polygraph) || before != DisclosureStage.Review || (approved && ready),
                        "the review ended without an approved draft and confirmed readiness");
                }

                if (move.Kind == 11)
                {
                    Assert.Contains(CaseRole.BetrayedPartner, roles);
                }

                if (move.Kind == 12)
                {
                    Assert.True(roles.Overlaps([CaseRole.BetrayedPartner, CaseRole.SupportOfBetrayedPartner]), "someone outside the betrayed partner's side resumed");
                }
            }

            if (process.Stage == DisclosureStage.Complete)
            {
                Interlocked.Increment(ref completed);
                var entered = process.Steps.Where(s => s.Kind == DisclosureStepKind.Entered).Select(s => s.Stage).ToList();
                Assert.True(entered.IndexOf(DisclosureStage.Review) >= 0 && entered.IndexOf(DisclosureStage.Review) < entered.IndexOf(DisclosureStage.Scheduled),
                    "the disclosure was completed without passing its review");
            }
        }, iter: 3_000);

        Assert.True(completed > 0, "no sample reached Complete, so the property was never tested where it matters");
    }

    [Fact]
    public void EveryStepOfTheTable_IsTakenOnlyByItsMovers()
    {
        foreach (var step in DisclosureTransitions.All)
        {
            foreach (var roles in RoleSets.Where(r => !step.Movers.Overlaps(r)))
            {
                var process = DisclosureProcessAt(step.From);
                if (process is null)
                {
                    continue;
                }

                Assert.NotEqual(step.To, process.Stage);
                Assert.False(process.Advance(step.To, PersonId.New(), roles, Start).IsAllowed);
            }
        }
    }

    /// <summary>A disclosure brought to <paramref name="stage"/> by the shortest way, or null when the walk does not reach it.</summary>
    private static DisclosureProcess? DisclosureProcessAt(DisclosureStage stage)
    {
        var couples = RoleSets[(int)CaseRole.CouplesTherapist - 1];
        var process = DisclosureProcess.Start(CaseId.New(), PersonId.New(), couples, Start);
        process.SetPlan(Plans[stage == DisclosureStage.Polygraph ? 3 : 1], couples);
        var walk = new (DisclosureStage To, CaseRole By)[]
        {
            (DisclosureStage.Questions, CaseRole.CouplesTherapist), (DisclosureStage.Drafting, CaseRole.SupportOfBetrayedPartner), (DisclosureStage.Review, CaseRole.InvolvedPartner),
            (DisclosureStage.Scheduled, CaseRole.CouplesTherapist), (DisclosureStage.Disclosed, CaseRole.CouplesTherapist), (DisclosureStage.Polygraph, CaseRole.CouplesTherapist),
            (DisclosureStage.ImpactStatement, CaseRole.CouplesTherapist), (DisclosureStage.Restitution, CaseRole.BetrayedPartner), (DisclosureStage.Complete, CaseRole.CouplesTherapist),
        };
        foreach (var (to, by) in walk)
        {
            if (process.Stage == stage)
            {
                return process;
            }

            process.RecordDraft(RoleSets[(int)CaseRole.InvolvedPartner - 1]);
            process.Approve(PersonId.New(), RoleSets[(int)CaseRole.SupportOfInvolvedPartner - 1], Start);
            process.ConfirmReadiness(PersonId.New(), RoleSets[(int)CaseRole.SupportOfBetrayedPartner - 1], Start);
            process.BookSession(SessionId.New(), couples);
            process.RecordPolygraph(PolygraphResult.Passed, couples);
            process.Advance(to, PersonId.New(), RoleSets[(int)by - 1], Start);
        }

        return process.Stage == stage ? process : null;
    }

    private static DisclosureVerdict Apply(DisclosureProcess process, Move move, IReadOnlySet<CaseRole> roles, Instant now) => move.Kind switch
    {
        <= 3 => process.Advance(NextOf(process.Stage, move), PersonId.New(), roles, now),
        4 => process.Advance(move.To, PersonId.New(), roles, now),
        5 => process.SetPlan(Plans[move.Plan], roles),
        6 => process.RecordDraft(roles),
        7 => process.Approve(PersonId.New(), roles, now),
        8 => process.ConfirmReadiness(PersonId.New(), roles, now),
        9 => process.BookSession(SessionId.New(), roles),
        10 => process.RecordPolygraph(move.Result, roles),
        11 => process.Pause(PersonId.New(), roles, null, now),
        _ => process.Resume(PersonId.New(), roles, now),
    };

    private static DisclosureStage NextOf(DisclosureStage stage, Move move) =>
        DisclosureTransitions.From(stage).ToList() is { Count: > 0 } next ? next[move.Choice % next.Count].To : move.To;
}
