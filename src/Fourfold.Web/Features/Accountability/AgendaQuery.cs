using Fourfold.Domain.Accountability;
using Fourfold.Web.Features.Records;

namespace Fourfold.Web.Features.Accountability;

/// <summary>
/// A professional's agenda across their cases: what a partner they support flagged to bring to their individual
/// session, until it is talked through; and, for a couples therapist, each case's next joint session with what the
/// partners brought to it and the agreements they asked to talk through. Each note is decided and audited like any
/// item; the homework it is about is named only to a reader who may read it, and recorded as a title read.
/// </summary>
public sealed class AgendaQuery(CaseDoor.CaseAccess door, DecidedItems decided, HomeworkStore store, ItemReadAudit audit, Cases.CaseQueries cases, JointSessionQuery joint)
{
    public async Task<MyAgenda> MineAsync(CancellationToken cancellationToken)
    {
        var sessions = new List<JointSessionAgenda>();
        foreach (var held in (await cases.MyCasesAsync(cancellationToken)).Where(c => c.MyRoles.Contains(Domain.Cases.CaseRole.CouplesTherapist)))
        {
            if (await joint.CaseAsync(held.Id, cancellationToken) is { } agenda && (agenda.Topics.Count > 0 || agenda.ToTalkThrough.Count > 0))
            {
                sessions.Add(agenda);
            }
        }

        return new MyAgenda(await HomeworkAsync(cancellationToken), sessions);
    }

    private async Task<IReadOnlyList<AgendaEntry>> HomeworkAsync(CancellationToken cancellationToken)
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

/// <summary>A professional's agenda: homework to bring to individual sessions, and the joint sessions they hold.</summary>
public sealed record MyAgenda(IReadOnlyList<AgendaEntry> Homework, IReadOnlyList<JointSessionAgenda> JointSessions);

/// <summary>One note on a professional's agenda: the case, the note's words, and the homework's title if they may read it.</summary>
public sealed record AgendaEntry(CaseReadContext Context, HomeworkLog Log, DecidedItem Note, DecidedItem? Homework);
