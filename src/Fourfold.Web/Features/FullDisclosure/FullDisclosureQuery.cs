using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.FullDisclosure;
using Fourfold.Domain.Records;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Features.Records;
using NodaTime;

namespace Fourfold.Web.Features.FullDisclosure;

/// <summary>
/// Reads a case's full disclosure for the signed-in person, through the door: where it stands (the couple's
/// disclosure material, decided like any item about both partners), then its questions and drafts, each decided and
/// audited like any item of the story. The betrayed partner never finds a draft here unless one was written for them;
/// where a question is answered is shown only beside drafts the reader may read.
/// </summary>
public sealed class FullDisclosureQuery(Data.FourfoldDbContext db, CaseDoor.CaseAccess door, DecidedItems items, FullDisclosureStore store, ItemReadAudit audit, IClock clock)
{
    public async Task<CaseDisclosure?> CaseAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        // An administrator of the practice reaches the case, and nothing of its disclosure.
        if (await door.OpenAsync(caseId, cancellationToken) is not { IsMember: true } context)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        var zone = await ReaderZone.OfAsync(db, cancellationToken);
        var process = await store.CurrentAsync(caseId, cancellationToken);
        if (process is null)
        {
            return new CaseDisclosure(context, zone, null, [], [], [], []);
        }

        var facts = DisclosureAccess.FactsFor(process);
        var decided = AccessDecision.Decide(context.Reader, facts, context.State, now);
        if (decided is AccessVerdict.Denied denied)
        {
            // One without both partners' consent to disclosure material learns nothing of it, and the refusal is recorded.
            await audit.DeniedAsync(context.Reader.Person, process.Id, caseId, facts.Subject, denied.Reason.ToString(), cancellationToken);
            return new CaseDisclosure(context, zone, null, [], [], [], []) { IsHidden = true };
        }

        var allowed = (AccessVerdict.Allowed)decided;

        // One pass over the disclosure's kinds: its questions and drafts, and what is written around it.
        var allRead = (await items.OfKindsAsync(context, [ItemKind.DisclosureQuestion, ItemKind.WrittenDisclosure, .. DisclosureWriting.Kinds], cancellationToken))
            .Where(r => r.Words.CaseId == caseId).ToList();
        var read = allRead.Where(r => r.Words.Kind is ItemKind.DisclosureQuestion or ItemKind.WrittenDisclosure).ToList();
        var ids = read.Select(r => r.Words.Id).ToList();
        var questionRows = await store.QuestionsOfAsync(caseId, ids, cancellationToken);
        var draftRows = await store.DraftsOfAsync(caseId, ids, cancellationToken);
        var drafts = read.Where(r => draftRows.TryGetValue(r.Words.Id, out var row) && row.DisclosureId == process!.Id)
            .Select(r => new DraftView(draftRows[r.Words.Id], r.Words, r.Verdict, Visibility.Of(r.Words.Facts, context, now)))
            .OrderBy(d => d.Draft.Number).ToList();
        var questions = read.Where(r => questionRows.TryGetValue(r.Words.Id, out var row) && row.DisclosureId == process!.Id)
            .Select(r => new QuestionView(questionRows[r.Words.Id], r.Words, r.Verdict, Visibility.Of(r.Words.Facts, context, now),
                drafts.Where(d => d.Draft.Answers.Contains(r.Words.Id.Value)).Select(d => d.Draft.Number).ToList()))
            .OrderBy(q => q.Question.Number).ToList();

        var started = process!.Steps[0].At;
        var writings = allRead
            .Where(r => DisclosureWriting.Kinds.Contains(r.Words.Kind) && r.Words.RecordedAt >= started)
            .Select(r => new WritingView(r.Words, r.Verdict, Visibility.Of(r.Words.Facts, context, now)))
            .OrderBy(w => w.Words.RecordedAt).ToList();

        var sessions = new List<(Session Session, AccessVerdict.Allowed Verdict)>();
        foreach (var session in await store.DisclosureSessionsAsync(caseId, cancellationToken))
        {
            if (AccessDecision.Decide(context.Reader, SessionAccess.FactsFor(session, context.Reader.Person), context.State, now) is AccessVerdict.Allowed seen)
            {
                sessions.Add((session, seen));
            }
        }

        var reasons = new List<(ItemFacts Facts, AccessVerdict.Allowed Verdict)>();
        foreach (var pause in process.Steps.Where(s => s.Kind == DisclosureStepKind.Paused && s.Reason.Length > 0))
        {
            if (AccessDecision.Decide(context.Reader, DisclosureAccess.ReasonFacts(process, pause), context.State, now) is AccessVerdict.Allowed reasonAllowed)
            {
                reasons.Add((DisclosureAccess.ReasonFacts(process, pause), reasonAllowed));
            }
        }

        var reads = new List<(ItemFacts, AccessVerdict.Allowed)> { (facts, allowed) };
        reads.AddRange(reasons);
        reads.AddRange(questions.Select(q => (q.Words.Facts, q.Verdict)));
        reads.AddRange(drafts.Select(d => (d.Words.Facts, d.Verdict)));
        reads.AddRange(writings.Select(w => (w.Words.Facts, w.Verdict)));
        reads.AddRange(sessions.Select(s => (SessionAccess.FactsFor(s.Session, context.Reader.Person), s.Verdict)));
        await audit.PageReadAsync(context.Reader.Person, caseId, reads, cancellationToken);
        return new CaseDisclosure(context, zone, process, questions, drafts, writings, [.. sessions.Select(s => s.Session)])
        {
            ReadableReasons = reasons.Select(r => r.Facts.ItemId).ToHashSet(),
        };
    }
}

/// <summary>A case's full disclosure as one reader may see it: none when none is under way or it is not theirs to read.</summary>
public sealed record CaseDisclosure(CaseReadContext Context, string Zone, DisclosureProcess? Process, IReadOnlyList<QuestionView> Questions, IReadOnlyList<DraftView> Drafts,
    IReadOnlyList<WritingView> Writings, IReadOnlyList<Session> Sessions)
{
    public IReadOnlySet<CaseRole> Roles => Context.ReaderRoles;

    /// <summary>True when a disclosure exists that the reader may not read: they are shown nothing of it, and cannot start another.</summary>
    public bool IsHidden { get; init; }

    /// <summary>The pauses whose reason the reader may read, by the step's id.</summary>
    public IReadOnlySet<Guid> ReadableReasons { get; init; } = new HashSet<Guid>();

    /// <summary>A pause's reason as this reader may see it: empty unless it is theirs to read.</summary>
    public string ReasonOf(DisclosureStep step) => step is not null && ReadableReasons.Contains(step.Id) ? step.Reason : "";

    public bool IsProfessional => Roles.Any(CaseRoles.IsProfessional);

    /// <summary>Whether the reader is among those who write the disclosure's drafts.</summary>
    public bool WritesDrafts => Roles.Overlaps([CaseRole.InvolvedPartner, CaseRole.SupportOfInvolvedPartner]);

    /// <summary>The name of whoever holds a role on the team now, for words such as "Sam passes them on".</summary>
    public string? NameOf(CaseRole role) =>
        Context.State.ActiveRoles.Where(pair => pair.Value.Contains(role)).Select(pair => Context.NameOf(pair.Key)).FirstOrDefault();

    /// <summary>The questions the reader can see that no draft they can read answers yet.</summary>
    public IReadOnlyList<QuestionView> Unanswered => [.. Questions.Where(q => q.Question.IsPassedOn && q.AnsweredIn.Count == 0)];
}

/// <summary>A question as a reader is shown it, with the drafts (of those they may read) that answer it.</summary>
public sealed record QuestionView(DisclosureQuestion Question, ItemView Words, AccessVerdict.Allowed Verdict, IReadOnlyList<VisibilityLine> Visibility, IReadOnlyList<int> AnsweredIn);

/// <summary>A safety plan, debrief, impact statement or letter of amends as a reader is shown it.</summary>
public sealed record WritingView(ItemView Words, AccessVerdict.Allowed Verdict, IReadOnlyList<VisibilityLine> Visibility);

/// <summary>A draft of the written disclosure as a reader is shown it.</summary>
public sealed record DraftView(WrittenDisclosure Draft, ItemView Words, AccessVerdict.Allowed Verdict, IReadOnlyList<VisibilityLine> Visibility);
