using Fourfold.Domain.Access;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>
/// Reads a case's homework and the partners' notes of how it went, for the signed-in person, each decided and audited
/// like any item of the story. A note whose homework the reader may not read is shown without it.
/// </summary>
public sealed class HomeworkQuery(CaseDoor.CaseAccess door, DecidedItems decided, HomeworkStore store, ItemReadAudit audit, IClock clock)
{
    public async Task<CaseHomework?> CaseAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        if (await door.OpenAsync(caseId, cancellationToken) is not { } context)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        var read = await decided.OfKindsAsync(context, [ItemKind.Homework, ItemKind.HomeworkLog], cancellationToken);
        var pieces = await store.HomeworkOfAsync(caseId, read.Where(r => r.Words.Kind == ItemKind.Homework).Select(r => r.Words.Id).ToList(), cancellationToken);
        var logs = await store.LogsOfAsync(caseId, read.Where(r => r.Words.Kind == ItemKind.HomeworkLog).Select(r => r.Words.Id).ToList(), cancellationToken);
        var logViews = read
            .Where(r => logs.ContainsKey(r.Words.Id))
            .Select(r => new HomeworkLogView(logs[r.Words.Id], r.Words, r.Verdict, Visibility.Of(r.Words.Facts, context, now)))
            .OrderBy(l => l.Log.Id)
            .ToList();
        var homework = read
            .Where(r => pieces.ContainsKey(r.Words.Id))
            .Select(r => new HomeworkView(pieces[r.Words.Id], r.Words, r.Verdict, Visibility.Of(r.Words.Facts, context, now), [.. logViews.Where(l => l.Log.HomeworkId == r.Words.Id)]))
            .OrderByDescending(h => h.Homework.DueOn).ThenByDescending(h => h.Homework.Id)
            .ToList();
        var unseen = logViews.Where(l => !pieces.ContainsKey(l.Log.HomeworkId)).ToList();
        await audit.PageReadAsync(context.Reader.Person, caseId,
            [.. homework.Select(h => (h.Words.Facts, h.Verdict)), .. logViews.Select(l => (l.Words.Facts, l.Verdict))], cancellationToken);
        return new CaseHomework(context, homework, unseen);
    }
}

/// <summary>A partner's note of how homework went, as a reader is shown it.</summary>
public sealed record HomeworkLogView(HomeworkLog Log, ItemView Words, AccessVerdict.Allowed Verdict, IReadOnlyList<VisibilityLine> Visibility)
{
    /// <summary>Whether bringing it to an individual session is the reader's to know: the partner's own, and their own support's.</summary>
    public static bool SeesTheFlag(HomeworkLog log, CaseReadContext context)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(context);
        return log.Partner == context.Reader.Person || context.ReaderRoles.Contains(log.PartnerRole.SupportRole());
    }
}

/// <summary>A piece of homework as a reader is shown it, with the notes of how it went that they may read.</summary>
public sealed record HomeworkView(Homework Homework, ItemView Words, AccessVerdict.Allowed Verdict, IReadOnlyList<VisibilityLine> Visibility, IReadOnlyList<HomeworkLogView> Logs);

/// <summary>A case's homework for one reader, and the notes they may read about homework they may not.</summary>
public sealed record CaseHomework(CaseReadContext Context, IReadOnlyList<HomeworkView> Homework, IReadOnlyList<HomeworkLogView> NotesWithoutTheirHomework);
