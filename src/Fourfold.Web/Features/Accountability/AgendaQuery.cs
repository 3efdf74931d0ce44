using Fourfold.Domain.Accountability;
using Fourfold.Web.Features.Records;

namespace Fourfold.Web.Features.Accountability;

/// <summary>
/// A professional's agenda across their cases: what a partner they support flagged to bring to their individual
/// session, until it is talked through. Each note is decided and audited like any item; the homework it is about is
/// named only to a reader who may read it, and recorded as a title read.
/// </summary>
public sealed class AgendaQuery(CaseDoor.CaseAccess door, DecidedItems decided, HomeworkStore store, ItemReadAudit audit)
{
    public async Task<IReadOnlyList<AgendaEntry>> MineAsync(CancellationToken cancellationToken)
    {
        var entries = new List<AgendaEntry>();
        foreach (var flagged in (await store.FlaggedAsync(cancellationToken)).GroupBy(l => l.CaseId))
        {
            if (await door.ViewAsync(flagged.Key, cancellationToken) is not { } context)
            {
                continue;
            }

            var mine = flagged.Where(log => context.ReaderRoles.Any(log.IsOnAgendaOf)).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            var read = await decided.ByIdAsync(context, [.. mine.Select(l => l.Id), .. mine.Select(l => l.HomeworkId).Distinct()], cancellationToken);
            var words = read.ToDictionary(r => r.Words.Id);
            var shown = mine.Where(l => words.ContainsKey(l.Id))
                .Select(l => new AgendaEntry(context, l, words[l.Id], words.GetValueOrDefault(l.HomeworkId)))
                .ToList();
            await audit.PageReadAsync(context.Reader.Person, context.Case.Id, shown.Select(e => (e.Note.Words.Facts, e.Note.Verdict)).ToList(), cancellationToken);
            await audit.TitlesReadAsync(context.Reader.Person, context.Case.Id,
                shown.Where(e => e.Homework is not null).Select(e => e.Homework!).DistinctBy(h => h.Words.Id).Select(h => (h.Words.Facts, h.Verdict)).ToList(), cancellationToken);
            entries.AddRange(shown);
        }

        return [.. entries.OrderBy(e => e.Context.Case.Label, StringComparer.CurrentCulture).ThenBy(e => e.Log.Id)];
    }
}

/// <summary>One note on a professional's agenda: the case, the note's words, and the homework's title if they may read it.</summary>
public sealed record AgendaEntry(CaseReadContext Context, HomeworkLog Log, DecidedItem Note, DecidedItem? Homework);
