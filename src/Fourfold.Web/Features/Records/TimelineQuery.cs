using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// A page of a case's story for one reader: newest first from a cursor, only what the access decision allows them,
/// each item with who else can see it (unless the caller leaves that out). The reads of a page are audited in one
/// grouped write before it is shown.
/// </summary>
public sealed class TimelineQuery(CaseDoor.CaseAccess door, ItemStore store, ItemReadAudit audit, IClock clock)
{
    public const int MaxLimit = 100;
    public const int DefaultLimit = 25;
    private const int MaxChunk = 400;

    /// <summary>
    /// Rows one page may examine. A reader allowed few of a long story's items gets a shorter page and a cursor to go
    /// on from, rather than one request that walks the whole case.
    /// </summary>
    private const int MaxExamined = 2_000;

    public async Task<TimelineResult?> PageAsync(CaseId caseId, ItemId? before, TimelineFilter filter, int limit, CancellationToken cancellationToken, bool withVisibility = true)
    {
        if (await door.OpenAsync(caseId, cancellationToken) is not { } context)
        {
            return null;
        }

        limit = Math.Clamp(limit, 1, MaxLimit);
        var now = clock.GetCurrentInstant();
        var keepsNotes = context.ReaderRoles.Any(r => r.IsProfessional());
        var allowed = new List<(ItemHeader Item, AccessVerdict.Allowed Verdict)>();
        var notesRead = new Dictionary<ItemId, ItemView>();
        var cursor = before;
        var chunk = FirstChunk(limit);
        var examined = 0;
        ItemId? next = null;
        while (true)
        {
            var shared = await store.SharedHeadersAsync(caseId, cursor, filter, chunk, cancellationToken);
            var notes = keepsNotes ? await store.OwnNotesAsync(caseId, context.Reader.Person, cursor, filter, chunk, cancellationToken) : [];
            notes.ForEach(note => notesRead[note.Id] = note);

            // Each source is complete only down to its last row when it returned a full chunk; below the higher of
            // those rows the next round continues, so that the two sources merge in order.
            ItemId? boundary = null;
            foreach (var last in new[] { shared.Count == chunk ? shared[^1].Id : (ItemId?)null, notes.Count == chunk ? notes[^1].Id : null }.OfType<ItemId>())
            {
                boundary = boundary is null || last.CompareTo(boundary.Value) > 0 ? last : boundary;
            }

            var merged = shared.Concat(notes.Select(ItemHeader.Of))
                .Where(row => boundary is null || row.Id.CompareTo(boundary.Value) >= 0)
                .OrderByDescending(row => row.Id);
            foreach (var row in merged)
            {
                if (allowed.Count == limit)
                {
                    next = allowed[^1].Item.Id;
                    break;
                }

                if (AccessDecision.Decide(context.Reader, row.Facts, context.State, now) is AccessVerdict.Allowed verdict)
                {
                    allowed.Add((row, verdict));
                }
            }

            if (next is not null || boundary is null)
            {
                break;
            }

            if (allowed.Count == limit)
            {
                next = allowed[^1].Item.Id;
                break;
            }

            examined += shared.Count + notes.Count;
            if (examined >= MaxExamined)
            {
                next = boundary;
                break;
            }

            cursor = boundary;
            chunk = Math.Min(chunk * 2, MaxChunk);
        }

        var sharedRead = (await store.SharedItemsAsync(caseId, allowed.Select(a => a.Item.Id).Where(id => !notesRead.ContainsKey(id)).ToList(), cancellationToken))
            .ToDictionary(item => item.Id);

        // An item edited between the two reads is decided again on what is about to be shown; one whose text cannot be
        // decrypted is left out (and logged), and only what is shown is recorded as read.
        var shown = allowed
            .Select(a => notesRead.GetValueOrDefault(a.Item.Id) ?? sharedRead.GetValueOrDefault(a.Item.Id))
            .OfType<ItemView>()
            .Select(item => (Item: item, Verdict: AccessDecision.Decide(context.Reader, item.Facts, context.State, now) as AccessVerdict.Allowed))
            .Where(read => read.Verdict is not null)
            .Select(read => (Plain: store.TryDecrypted(read.Item), read.Verdict))
            .Where(read => read.Plain is not null)
            .ToList();
        await audit.PageReadAsync(context.Reader.Person, caseId, shown.Select(s => (s.Plain!.Facts, s.Verdict!)).ToList(), cancellationToken);
        var entries = shown.Select(s => new TimelineEntry(s.Plain!, s.Verdict!, withVisibility ? Visibility.Of(s.Plain!.Facts, context, now) : [])).ToList();
        return new TimelineResult(context, entries, next);
    }

    /// <summary>Headers are small: the first round reads twice the page, so that a reader who may see most of a case needs one.</summary>
    private static int FirstChunk(int limit) => Math.Min(2 * limit + 1, MaxChunk);
}

public sealed record TimelineEntry(ItemView Item, AccessVerdict.Allowed Verdict, IReadOnlyList<VisibilityLine> Visibility);

public sealed record TimelineResult(CaseReadContext Context, IReadOnlyList<TimelineEntry> Entries, ItemId? Next);
