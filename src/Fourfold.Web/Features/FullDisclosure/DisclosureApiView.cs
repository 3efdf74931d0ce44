using Fourfold.Domain.FullDisclosure;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Web.Features.FullDisclosure;

/// <summary>The case's full disclosure as the API shows it to one caller: drafts only for those who may read them.</summary>
public sealed record DisclosureApiView(
    Guid Id,
    DisclosureStage State,
    string StateName,
    bool Paused,
    int Revision,
    DisclosurePlanView Plan,
    IReadOnlyList<DisclosureStepView> Steps,
    DisclosureSignOff? Approval,
    DisclosureSignOff? Readiness,
    Guid? SessionId,
    PolygraphResult? PolygraphResult,
    DateOnly? PolygraphOn,
    string PolygraphNote,
    Guid? ImpactSessionId,
    IReadOnlyList<DisclosureQuestionView> Questions,
    IReadOnlyList<DisclosureDraftView> Drafts,
    bool DraftsForBetrayedPartner,
    IReadOnlyList<DisclosureWritingView> Writings,
    IReadOnlyList<DisclosureSessionView> Sessions,
    IReadOnlyList<DisclosureNextStep> NextSteps)
{
    public static DisclosureApiView Of(CaseDisclosure found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var process = found.Process ?? throw new ArgumentException("No disclosure to show.", nameof(found));
        var plan = process.Plan;
        return new DisclosureApiView(
            process.Id,
            process.Stage,
            DisclosureWording.Name(process.Stage),
            process.IsPaused,
            process.Revision,
            new DisclosurePlanView(plan.Place, plan.InPerson, plan.SupportPerson, plan.Polygraph, plan.PolygraphExaminer, plan.TargetDate?.ToDateOnly(), plan.IsSettled),
            [.. process.Steps.Select(s => new DisclosureStepView(s.Kind, s.Stage, s.By.Value, found.Context.NameOf(s.By), s.At, found.ReasonOf(s)))],
            process.Approval is var (by, at) ? new DisclosureSignOff(by.Value, found.Context.NameOf(by), at) : null,
            process.Readiness is var (readyBy, readyAt) ? new DisclosureSignOff(readyBy.Value, found.Context.NameOf(readyBy), readyAt) : null,
            process.Session?.Value,
            process.Polygraph,
            process.PolygraphOn?.ToDateOnly(),
            process.PolygraphNote,
            process.ImpactSession?.Value,
            [.. found.Questions.Select(q => new DisclosureQuestionView(q.Question.Id.Value, q.Question.Number, q.Words.Body, q.Question.PassedOnAt, q.AnsweredIn))],
            [.. found.Drafts.Select(d => new DisclosureDraftView(d.Draft.Id.Value, d.Draft.Number, d.Words.Author.Value, found.Context.NameOf(d.Words.Author), d.Words.RecordedAt, d.Words.Body, d.Draft.Answers))],
            process.DraftsForBetrayedPartner,
            [.. found.Writings.Select(w => new DisclosureWritingView(w.Words.Id.Value, w.Words.Kind, w.Words.Kind.Describe(), w.Words.Author.Value, found.Context.NameOf(w.Words.Author), w.Words.RecordedAt, w.Words.Body))],
            [.. found.Sessions.Select(s => new DisclosureSessionView(s.Id.Value, s.Kind, s.Start, s.End))],
            [.. DisclosureTransitions.From(process.Stage).Select(step => (step.To, Verdict: process.Check(step.To, found.Roles)))
                .Where(next => next.Verdict.Refusal != DisclosureRefusal.NotTheNextStep)
                .Select(next => new DisclosureNextStep(next.To, DisclosureWording.Name(next.To), next.Verdict.IsAllowed, next.Verdict.IsAllowed ? null : next.Verdict.Explanation))]);
    }
}

public sealed record DisclosurePlanView(string Place, bool InPerson, SupportPersonPresence SupportPerson, PolygraphTiming Polygraph, string PolygraphExaminer, DateOnly? TargetDate, bool Settled);

public sealed record DisclosureStepView(DisclosureStepKind Kind, DisclosureStage Stage, Guid By, string ByName, Instant At, string Reason);

public sealed record DisclosureSignOff(Guid By, string ByName, Instant At);

public sealed record DisclosureQuestionView(Guid Id, int Number, string Text, Instant? PassedOnAt, IReadOnlyList<int> AnsweredInDrafts);

public sealed record DisclosureDraftView(Guid Id, int Number, Guid Author, string AuthorName, Instant WrittenAt, string Text, IReadOnlyList<Guid> Answers);

/// <summary>A safety plan, debrief, impact statement or letter of amends the caller may read.</summary>
public sealed record DisclosureWritingView(Guid Id, ItemKind Kind, string KindName, Guid Author, string AuthorName, Instant WrittenAt, string Text);

/// <summary>A disclosure or impact-statement session booked for the case.</summary>
public sealed record DisclosureSessionView(Guid Id, Domain.Scheduling.SessionKind Kind, Instant Start, Instant End);

/// <summary>A stage the disclosure may go to from here, and whether the caller may take it now, with the reason when not.</summary>
public sealed record DisclosureNextStep(DisclosureStage To, string Name, bool Allowed, string? Reason);
