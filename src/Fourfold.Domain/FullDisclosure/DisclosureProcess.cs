using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;
using NodaTime;

namespace Fourfold.Domain.FullDisclosure;

/// <summary>
/// A case's full therapeutic disclosure, taken one step at a time by the people each step belongs to
/// (<see cref="DisclosureTransitions"/>). The betrayed partner may pause it at any step, with or without a reason, and
/// only they or their own support resume it. Every step is dated, so the team sees where it stands beside the target
/// date. What is written along the way (questions, drafts, the impact statement, the letter of amends) lives in the
/// story as items; this holds where the process stands and what has been recorded of it.
/// </summary>
public sealed class DisclosureProcess : Common.ICaseScoped
{
    public const int MaxPauseReasonLength = 1_000;

    public const int MaxPolygraphNoteLength = 2_000;

    private readonly List<DisclosureStep> steps = [];

    private DisclosureProcess()
    {
    }

    public Guid Id { get; private set; }

    public CaseId CaseId { get; private set; }

    public DisclosureStage Stage { get; private set; }

    /// <summary>The professional who started it.</summary>
    public PersonId StartedBy { get; private set; }

    public DisclosurePlan Plan => new(Place, InPerson, SupportPerson, PolygraphTiming, PolygraphExaminer, TargetDate);

    /// <summary>Where the disclosure is given; kept encrypted, like every free text of the case.</summary>
    public string Place { get; private set; } = "";

    public bool InPerson { get; private set; } = true;

    public SupportPersonPresence SupportPerson { get; private set; }

    public PolygraphTiming PolygraphTiming { get; private set; }

    /// <summary>Who gives the polygraph; kept encrypted.</summary>
    public string PolygraphExaminer { get; private set; } = "";

    public LocalDate? TargetDate { get; private set; }

    /// <summary>How many questions the betrayed partner has written for it.</summary>
    public int Questions { get; private set; }

    /// <summary>How many drafts of the disclosure have been written.</summary>
    public int Drafts { get; private set; }

    /// <summary>How many drafts had been written when a review last sent the draft back: a new one is needed before the next review.</summary>
    public int DraftsSentBack { get; private set; }

    public (PersonId By, Instant At)? Approval => ApprovedBy is { } by && ApprovedAt is { } at ? (by, at) : null;

    public PersonId? ApprovedBy { get; private set; }

    public Instant? ApprovedAt { get; private set; }

    public (PersonId By, Instant At)? Readiness => ReadinessConfirmedBy is { } by && ReadinessConfirmedAt is { } at ? (by, at) : null;

    public PersonId? ReadinessConfirmedBy { get; private set; }

    public Instant? ReadinessConfirmedAt { get; private set; }

    public SessionId? Session { get; private set; }

    /// <summary>
    /// Whether the team has recorded that the couple agreed the betrayed partner reads the drafts. Without it they get
    /// no copy of any draft, and hear the disclosure in its session.
    /// </summary>
    public bool DraftsForBetrayedPartner { get; private set; }

    public PolygraphResult? Polygraph { get; private set; }

    /// <summary>The day the polygraph was given, when recorded with its result.</summary>
    public LocalDate? PolygraphOn { get; private set; }

    /// <summary>The examiner's or the team's note on the result; kept encrypted.</summary>
    public string PolygraphNote { get; private set; } = "";

    /// <summary>The session in which the betrayed partner gives their impact statement, once booked.</summary>
    public SessionId? ImpactSession { get; private set; }

    public bool IsPaused => Steps.LastOrDefault(s => s.Kind != DisclosureStepKind.Entered)?.Kind == DisclosureStepKind.Paused;

    public IReadOnlyList<DisclosureStep> Steps => steps.OrderBy(s => s.Number).ToList();

    /// <summary>Moves with every change, so that two changes made at once cannot both be saved.</summary>
    public int Revision { get; private set; }

    public static DisclosureProcess Start(CaseId caseId, PersonId by, IReadOnlySet<CaseRole> roles, Instant now)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (!roles.Any(CaseRoles.IsProfessional))
        {
            throw new Common.DomainRuleViolation(DisclosureWording.Explain(DisclosureRefusal.NotYoursToMove));
        }

        var process = new DisclosureProcess { Id = Guid.CreateVersion7(now.ToDateTimeOffset()), CaseId = caseId, Stage = DisclosureStage.Planning, StartedBy = by };
        process.steps.Add(DisclosureStep.Of(0, DisclosureStepKind.Entered, DisclosureStage.Planning, by, now));
        return process;
    }

    /// <summary>
    /// The plan, settled or changed by a professional on the team until the review ends. A change during the review asks
    /// for the draft's approval and the betrayed partner's readiness afresh, since both were given for the plan as it was;
    /// after the review the plan (and with it whether and when there is a polygraph) stands.
    /// </summary>
    public DisclosureVerdict SetPlan(DisclosurePlan plan, IReadOnlySet<CaseRole> roles)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(roles);
        var verdict = Recordable(roles, DisclosureStage.Planning, DisclosureStage.Questions, DisclosureStage.Drafting, DisclosureStage.Review);
        return Apply(verdict, () =>
        {
            if (Stage == DisclosureStage.Review && plan != Plan)
            {
                ClearReview();
            }

            (Place, InPerson, SupportPerson, PolygraphTiming, PolygraphExaminer, TargetDate) = (plan.Place, plan.InPerson, plan.SupportPerson, plan.Polygraph, plan.PolygraphExaminer, plan.TargetDate);
        });
    }

    /// <summary>
    /// Counts a question written (its number), and moves the revision, so that a question saved at the moment the
    /// questions are passed on is refused as stale rather than left behind.
    /// </summary>
    internal int CountQuestion()
    {
        Questions++;
        Revision++;
        return Questions;
    }

    /// <summary>A new draft of the disclosure, written while drafting.</summary>
    public DisclosureVerdict RecordDraft(IReadOnlySet<CaseRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var verdict = !roles.Overlaps([CaseRole.InvolvedPartner, CaseRole.SupportOfInvolvedPartner]) ? DisclosureVerdict.Refused(DisclosureRefusal.NotYoursToRecord)
            : Stage != DisclosureStage.Drafting ? DisclosureVerdict.Refused(DisclosureRefusal.NotAtThisStage)
            : IsPaused ? DisclosureVerdict.Refused(DisclosureRefusal.Paused)
            : DisclosureVerdict.Allowed;
        return Apply(verdict, () => Drafts++);
    }

    /// <summary>
    /// The involved partner's therapist (who keeps the drafts) or the couples therapist records that the couple agreed the
    /// betrayed partner reads the drafts written from now on, or that this no longer holds; before the disclosure is given.
    /// </summary>
    public DisclosureVerdict RecordDraftsAgreement(bool agreed, IReadOnlySet<CaseRole> roles) =>
        Apply(CheckDraftsAgreement(roles), () => DraftsForBetrayedPartner = agreed);

    /// <summary>Whether someone holding <paramref name="roles"/> may record the couple's agreement about the drafts now, and if not, why.</summary>
    public DisclosureVerdict CheckDraftsAgreement(IReadOnlySet<CaseRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return !roles.Overlaps([CaseRole.SupportOfInvolvedPartner, CaseRole.CouplesTherapist]) ? DisclosureVerdict.Refused(DisclosureRefusal.NotYoursToRecord)
            : (Stage > DisclosureStage.Review && Stage != DisclosureStage.Polygraph) || EnteredAt(DisclosureStage.Disclosed) is not null ? DisclosureVerdict.Refused(DisclosureRefusal.NotAtThisStage)
            : IsPaused ? DisclosureVerdict.Refused(DisclosureRefusal.Paused)
            : DisclosureVerdict.Allowed;
    }

    /// <summary>The involved partner's therapist approves the draft under review.</summary>
    public DisclosureVerdict Approve(PersonId by, IReadOnlySet<CaseRole> roles, Instant now) =>
        Record(roles, CaseRole.SupportOfInvolvedPartner, DisclosureStage.Review, () => (ApprovedBy, ApprovedAt) = (by, now));

    /// <summary>The betrayed partner's therapist or coach confirms that they are ready to hear it.</summary>
    public DisclosureVerdict ConfirmReadiness(PersonId by, IReadOnlySet<CaseRole> roles, Instant now) =>
        Record(roles, CaseRole.SupportOfBetrayedPartner, DisclosureStage.Review, () => (ReadinessConfirmedBy, ReadinessConfirmedAt) = (by, now));

    /// <summary>The disclosure session, once booked: during the review, or at the polygraph when it comes first.</summary>
    public DisclosureVerdict BookSession(SessionId session, IReadOnlySet<CaseRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var verdict = Recordable(roles, DisclosureStage.Review, DisclosureStage.Polygraph) is { IsAllowed: false } refused ? refused
            : Stage == DisclosureStage.Polygraph && Plan.Polygraph != PolygraphTiming.BeforeDisclosure ? DisclosureVerdict.Refused(DisclosureRefusal.NotAtThisStage)
            : DisclosureVerdict.Allowed;
        return Apply(verdict, () => Session = session);
    }

    /// <summary>The polygraph's result, recorded by a professional at the polygraph stage.</summary>
    public DisclosureVerdict RecordPolygraph(PolygraphResult result, IReadOnlySet<CaseRole> roles) => RecordPolygraph(result, null, null, roles);

    /// <summary>The polygraph's result with the day it was given and a note (cut to <see cref="MaxPolygraphNoteLength"/>).</summary>
    public DisclosureVerdict RecordPolygraph(PolygraphResult result, LocalDate? on, string? note, IReadOnlySet<CaseRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var verdict = Recordable(roles, DisclosureStage.Polygraph);
        var said = (note ?? "").Trim();
        return Apply(verdict, () => (Polygraph, PolygraphOn, PolygraphNote) = (result, on, said.Length > MaxPolygraphNoteLength ? said[..MaxPolygraphNoteLength] : said));
    }

    /// <summary>The session the impact statement is given in, booked by a professional at that stage.</summary>
    public DisclosureVerdict BookImpactSession(SessionId session, IReadOnlySet<CaseRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return Apply(Recordable(roles, DisclosureStage.ImpactStatement), () => ImpactSession = session);
    }

    /// <summary>Takes the disclosure to <paramref name="to"/>, when that is a next step, it is the mover's, and its condition holds.</summary>
    public DisclosureVerdict Advance(DisclosureStage to, PersonId by, IReadOnlySet<CaseRole> roles, Instant now)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var verdict = Check(to, roles);
        return Apply(verdict, () =>
        {
            if (Stage == DisclosureStage.Review && to == DisclosureStage.Drafting)
            {
                // Another draft is written, and reviewed afresh.
                ClearReview();
                DraftsSentBack = Drafts;
            }

            Stage = to;
            steps.Add(DisclosureStep.Of(steps.Count, DisclosureStepKind.Entered, to, by, now));
        });
    }

    /// <summary>Whether <paramref name="to"/> may be taken now by someone holding <paramref name="roles"/>, and if not, why.</summary>
    public DisclosureVerdict Check(DisclosureStage to, IReadOnlySet<CaseRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (Stage == DisclosureStage.Complete)
        {
            return DisclosureVerdict.Refused(DisclosureRefusal.AlreadyComplete);
        }

        if (IsPaused)
        {
            return DisclosureVerdict.Refused(DisclosureRefusal.Paused);
        }

        var step = DisclosureTransitions.From(Stage).SingleOrDefault(t => t.To == to);
        var unmet = step is null ? DisclosureRefusal.NotTheNextStep : Unmet(step.Condition);
        if (step is null || unmet == DisclosureRefusal.NotTheNextStep)
        {
            return DisclosureVerdict.Refused(DisclosureRefusal.NotTheNextStep);
        }

        if (!step.Movers.Overlaps(roles))
        {
            return DisclosureVerdict.Refused(DisclosureRefusal.NotYoursToMove);
        }

        return unmet is { } refusal ? DisclosureVerdict.Refused(refusal) : DisclosureVerdict.Allowed;
    }

    /// <summary>The betrayed partner pauses the disclosure, with or without saying why.</summary>
    public DisclosureVerdict Pause(PersonId by, IReadOnlySet<CaseRole> roles, string? reason, Instant now)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var verdict = !roles.Contains(CaseRole.BetrayedPartner) ? DisclosureVerdict.Refused(DisclosureRefusal.OnlyTheBetrayedPartnerPauses)
            : Stage == DisclosureStage.Complete ? DisclosureVerdict.Refused(DisclosureRefusal.AlreadyComplete)
            : IsPaused ? DisclosureVerdict.Refused(DisclosureRefusal.AlreadyPaused)
            : DisclosureVerdict.Allowed;
        var said = (reason ?? "").Trim();
        return Apply(verdict, () => steps.Add(DisclosureStep.Of(steps.Count, DisclosureStepKind.Paused, Stage, by, now, said.Length > MaxPauseReasonLength ? said[..MaxPauseReasonLength] : said)));
    }

    /// <summary>The betrayed partner, or their own therapist or coach, takes the disclosure up again where it was paused.</summary>
    public DisclosureVerdict Resume(PersonId by, IReadOnlySet<CaseRole> roles, Instant now)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var verdict = !roles.Overlaps([CaseRole.BetrayedPartner, CaseRole.SupportOfBetrayedPartner]) ? DisclosureVerdict.Refused(DisclosureRefusal.OnlyTheBetrayedPartnersSideResumes)
            : !IsPaused ? DisclosureVerdict.Refused(DisclosureRefusal.NotPaused)
            : DisclosureVerdict.Allowed;
        return Apply(verdict, () => steps.Add(DisclosureStep.Of(steps.Count, DisclosureStepKind.Resumed, Stage, by, now)));
    }

    /// <summary>When the disclosure entered a stage last, if it has.</summary>
    public Instant? EnteredAt(DisclosureStage stage) => Steps.LastOrDefault(s => s.Kind == DisclosureStepKind.Entered && s.Stage == stage)?.At;

    private DisclosureRefusal? Unmet(DisclosureCondition condition) => condition switch
    {
        DisclosureCondition.None => null,
        DisclosureCondition.PlanSettled => Plan.IsSettled ? null : DisclosureRefusal.PlanNotSettled,
        DisclosureCondition.DraftWritten => Drafts > DraftsSentBack ? null : DisclosureRefusal.NoDraftYet,
        DisclosureCondition.ApprovedAndReadyWithPolygraphFirst => Plan.Polygraph != PolygraphTiming.BeforeDisclosure ? DisclosureRefusal.NotTheNextStep : Reviewed(),
        DisclosureCondition.ApprovedReadyAndBooked => Plan.Polygraph == PolygraphTiming.BeforeDisclosure ? DisclosureRefusal.NotTheNextStep
            : Reviewed() ?? (Session is null ? DisclosureRefusal.NoSessionBooked : null),
        DisclosureCondition.PolygraphRecordedAndBooked => Plan.Polygraph != PolygraphTiming.BeforeDisclosure ? DisclosureRefusal.NotTheNextStep
            : Polygraph is null ? DisclosureRefusal.PolygraphResultMissing
            : Session is null ? DisclosureRefusal.NoSessionBooked : null,
        DisclosureCondition.PolygraphAfter => Plan.Polygraph == PolygraphTiming.AfterDisclosure ? null : DisclosureRefusal.NotTheNextStep,
        DisclosureCondition.NoPolygraphAfter => Plan.Polygraph == PolygraphTiming.AfterDisclosure ? DisclosureRefusal.NotTheNextStep : null,
        DisclosureCondition.PolygraphRecorded => Plan.Polygraph != PolygraphTiming.AfterDisclosure ? DisclosureRefusal.NotTheNextStep
            : Polygraph is null ? DisclosureRefusal.PolygraphResultMissing : null,
    };

    /// <summary>Whether a professional may record something of the disclosure now: at one of these stages, and not while it is paused.</summary>
    private DisclosureVerdict Recordable(IReadOnlySet<CaseRole> roles, params DisclosureStage[] stages) =>
        !roles.Any(CaseRoles.IsProfessional) ? DisclosureVerdict.Refused(DisclosureRefusal.NotYoursToRecord)
            : !stages.Contains(Stage) ? DisclosureVerdict.Refused(DisclosureRefusal.NotAtThisStage)
            : IsPaused ? DisclosureVerdict.Refused(DisclosureRefusal.Paused)
            : DisclosureVerdict.Allowed;

    private void ClearReview() => (ApprovedBy, ApprovedAt, ReadinessConfirmedBy, ReadinessConfirmedAt) = (null, null, null, null);

    private DisclosureRefusal? Reviewed() =>
        Approval is null ? DisclosureRefusal.DraftNotApproved : Readiness is null ? DisclosureRefusal.ReadinessNotConfirmed : null;

    private DisclosureVerdict Record(IReadOnlySet<CaseRole> roles, CaseRole recorder, DisclosureStage at, Action record)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var verdict = !roles.Contains(recorder) ? DisclosureVerdict.Refused(DisclosureRefusal.NotYoursToRecord)
            : Stage != at ? DisclosureVerdict.Refused(DisclosureRefusal.NotAtThisStage)
            : IsPaused ? DisclosureVerdict.Refused(DisclosureRefusal.Paused)
            : DisclosureVerdict.Allowed;
        return Apply(verdict, record);
    }

    private DisclosureVerdict Apply(DisclosureVerdict verdict, Action change)
    {
        if (verdict.IsAllowed)
        {
            change();
            Revision++;
        }

        return verdict;
    }
}
