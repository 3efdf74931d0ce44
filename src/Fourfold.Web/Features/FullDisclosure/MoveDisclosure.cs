using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.FullDisclosure;
using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Time;
using NodaTime;

namespace Fourfold.Web.Features.FullDisclosure;

/// <summary>
/// Every step of the full disclosure after its start: the plan, the review's approval and readiness, the session it is
/// given in, the polygraph's result, a stage, a pause and a resumption. Each is the domain's to allow; each is saved with
/// its audit event from the revision the mover read, or refused as stale.
/// </summary>
public sealed class MoveDisclosure(FourfoldDbContext db, DisclosureDoor door, FullDisclosureStore store, AuditedChanges changes, IClock clock)
{
    public Task<DisclosureOutcome> PlanAsync(Guid id, int? revision, DisclosurePlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return MoveAsync(id, revision, AuditAction.FullDisclosureMoved, async (process, mover) =>
        {
            var today = mover.Now.InZone(LocalTimes.ZoneOrUtc(await ReaderZone.OfAsync(db, cancellationToken))).Date;
            if (DisclosurePlan.Check(plan, today) is { Count: > 0 } problems)
            {
                return problems;
            }

            return Refusal(process.SetPlan(plan.Trimmed(), mover.Roles), "Place");
        }, cancellationToken);
    }

    /// <summary>Records that the couple agreed the betrayed partner reads the drafts written from now on, or that this no longer holds.</summary>
    public Task<DisclosureOutcome> RecordDraftsAgreementAsync(Guid id, int? revision, bool agreed, CancellationToken cancellationToken) =>
        MoveAsync(id, revision, AuditAction.FullDisclosureMoved, (process, mover) =>
            Task.FromResult(Refusal(process.RecordDraftsAgreement(agreed, mover.Roles), "Agreed")), cancellationToken);

    public Task<DisclosureOutcome> ApproveAsync(Guid id, int? revision, CancellationToken cancellationToken) =>
        MoveAsync(id, revision, AuditAction.FullDisclosureMoved, (process, mover) =>
            Task.FromResult(Refusal(process.Approve(mover.Person, mover.Roles, mover.Now), "Approval")), cancellationToken);

    public Task<DisclosureOutcome> ConfirmReadinessAsync(Guid id, int? revision, CancellationToken cancellationToken) =>
        MoveAsync(id, revision, AuditAction.FullDisclosureMoved, (process, mover) =>
            Task.FromResult(Refusal(process.ConfirmReadiness(mover.Person, mover.Roles, mover.Now), "Readiness")), cancellationToken);

    public Task<DisclosureOutcome> RecordPolygraphAsync(Guid id, int? revision, PolygraphResult? result, LocalDate? on, string? note, CancellationToken cancellationToken) =>
        MoveAsync(id, revision, AuditAction.FullDisclosureMoved, async (process, mover) =>
        {
            var problems = new Dictionary<string, string>();
            if (result is not { } given || !Enum.IsDefined(given))
            {
                problems["Result"] = "Choose the result: passed, inconclusive or failed.";
            }

            if (on is { } day && day > mover.Now.InZone(LocalTimes.ZoneOrUtc(await ReaderZone.OfAsync(db, cancellationToken))).Date)
            {
                problems["On"] = "The day it was given cannot be in the future.";
            }

            if ((note ?? "").Trim().Length > DisclosureProcess.MaxPolygraphNoteLength)
            {
                problems["Note"] = $"Keep the note to {DisclosureProcess.MaxPolygraphNoteLength:N0} characters.";
            }

            return problems.Count > 0 ? problems : Refusal(process.RecordPolygraph(result!.Value, on, note, mover.Roles), "Result");
        }, cancellationToken);

    /// <summary>The session the impact statement is given in, among the case's impact-statement sessions the mover can see.</summary>
    public Task<DisclosureOutcome> BookImpactSessionAsync(Guid id, int? revision, Guid? sessionId, CancellationToken cancellationToken) =>
        MoveAsync(id, revision, AuditAction.FullDisclosureMoved, async (process, mover) =>
        {
            var sessions = await store.DisclosureSessionsAsync(process.CaseId, cancellationToken);
            var session = sessions.SingleOrDefault(s => s.Id.Value == sessionId && s.Kind == SessionKind.ImpactStatement);
            if (session is null || AccessDecision.Decide(mover.Context.Reader, SessionAccess.FactsFor(session, mover.Person), mover.Context.State, mover.Now) is not AccessVerdict.Allowed)
            {
                return new Dictionary<string, string> { ["SessionId"] = "Choose an impact-statement session booked for this case; book one on the sessions page first." };
            }

            return Refusal(process.BookImpactSession(session.Id, mover.Roles), "SessionId");
        }, cancellationToken);

    /// <summary>The disclosure session, among the case's disclosure sessions the mover can see.</summary>
    public Task<DisclosureOutcome> BookSessionAsync(Guid id, int? revision, Guid? sessionId, CancellationToken cancellationToken) =>
        MoveAsync(id, revision, AuditAction.FullDisclosureMoved, async (process, mover) =>
        {
            var sessions = await store.DisclosureSessionsAsync(process.CaseId, cancellationToken);
            var session = sessions.SingleOrDefault(s => s.Id.Value == sessionId && s.Kind == SessionKind.Disclosure);
            if (session is null || AccessDecision.Decide(mover.Context.Reader, SessionAccess.FactsFor(session, mover.Person), mover.Context.State, mover.Now) is not AccessVerdict.Allowed)
            {
                return new Dictionary<string, string> { ["SessionId"] = "Choose a disclosure session booked for this case; book one on the sessions page first." };
            }

            return Refusal(process.BookSession(session.Id, mover.Roles), "SessionId");
        }, cancellationToken);

    /// <summary>
    /// The next stage. When the betrayed partner's support moves from the questions to the drafting, the questions go
    /// with it: from then on they are read by those who write and review the disclosure.
    /// </summary>
    public Task<DisclosureOutcome> AdvanceAsync(Guid id, int? revision, DisclosureStage? to, CancellationToken cancellationToken) =>
        MoveAsync(id, revision, AuditAction.FullDisclosureMoved, async (process, mover) =>
        {
            if (to is not { } next || !Enum.IsDefined(next))
            {
                return new Dictionary<string, string> { ["To"] = "Choose the stage to move to." };
            }

            var from = process.Stage;
            var verdict = process.Advance(next, mover.Person, mover.Roles, mover.Now);
            if (verdict.IsAllowed && from == DisclosureStage.Questions && next == DisclosureStage.Drafting)
            {
                foreach (var (question, words) in await store.ToPassOnAsync(process.Id, cancellationToken))
                {
                    question.PassOn(words, mover.Person, mover.Now);
                }
            }

            return Refusal(verdict, "To");
        }, cancellationToken);

    public Task<DisclosureOutcome> PauseAsync(Guid id, int? revision, string? reason, CancellationToken cancellationToken) =>
        MoveAsync(id, revision, AuditAction.FullDisclosurePaused, (process, mover) =>
            Task.FromResult((reason ?? "").Trim().Length > DisclosureProcess.MaxPauseReasonLength
                ? new Dictionary<string, string> { ["Reason"] = $"Keep the reason to {DisclosureProcess.MaxPauseReasonLength:N0} characters, or leave it out." }
                : Refusal(process.Pause(mover.Person, mover.Roles, reason, mover.Now), "Reason")), cancellationToken);

    public Task<DisclosureOutcome> ResumeAsync(Guid id, int? revision, CancellationToken cancellationToken) =>
        MoveAsync(id, revision, AuditAction.FullDisclosureResumed, (process, mover) =>
            Task.FromResult(Refusal(process.Resume(mover.Person, mover.Roles, mover.Now), "Resume")), cancellationToken);

    private static Dictionary<string, string> Refusal(DisclosureVerdict verdict, string field) =>
        verdict.IsAllowed ? [] : new Dictionary<string, string> { [field] = verdict.Explanation };

    private async Task<DisclosureOutcome> MoveAsync(Guid id, int? revision, AuditAction action, Func<DisclosureProcess, Mover, Task<Dictionary<string, string>>> move, CancellationToken cancellationToken)
    {
        if (await door.OpenAsync(id, action, cancellationToken) is not var (process, context))
        {
            return DisclosureOutcome.NotFound;
        }

        if (revision is { } read && read != process.Revision)
        {
            return DisclosureOutcome.Stale;
        }

        var mover = new Mover(context, context.Reader.Person, context.ReaderRoles, clock.GetCurrentInstant());
        if (await move(process, mover) is { Count: > 0 } problems)
        {
            db.ChangeTracker.Clear();
            return DisclosureOutcome.Invalid(problems);
        }

        return await changes.SaveAsync(db, action, process.CaseId, cancellationToken, ItemReadAudit.Subjects(ItemSubject.Couple), process.Id)
            ? DisclosureOutcome.Done(process.Id, process.Revision)
            : DisclosureOutcome.Stale;
    }

    /// <summary>Who takes the step, with their roles on the case, and when.</summary>
    private sealed record Mover(CaseReadContext Context, PersonId Person, IReadOnlySet<CaseRole> Roles, Instant Now);
}
