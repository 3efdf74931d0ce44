using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using NodaTime;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// A page of a case's story for one reader: newest first from a cursor, only what the access decision allows them,
/// each item with who else can see it (unless the caller leaves that out). The reads of a page are audited in one
/// grouped write before it is shown.
/// </summary>
public sealed class TimelineQuery(FourfoldDbContext db, ItemStore store, ItemReadAudit audit, IClock clock)
{
    public const int MaxLimit = 100;
    public const int DefaultLimit = 25;
    private const int MaxChunk = 400;

    public async Task<TimelineResult?> PageAsync(CaseId caseId, Guid? before, TimelineFilter filter, int limit, CancellationToken cancellationToken, bool withVisibility = true)
    {
        var context = await CaseReadContext.LoadAsync(db, caseId, cancellationToken);
        if (context is null)
        {
            await audit.CaseDeniedAsync(db.Actor.Person, caseId, cancellationToken);
            return null;
        }

        limit = Math.Clamp(limit, 1, MaxLimit);
        var now = clock.GetCurrentInstant();
        var keepsNotes = context.ReaderRoles.Any(r => r.IsProfessional());
        var allowed = new List<(ItemView Item, AccessVerdict.Allowed Verdict)>();
        var cursor = before;
        var chunk = limit + 1;
        Guid? next = null;
        while (true)
        {
            var shared = await store.SharedItemsAsync(caseId, cursor, filter, chunk, cancellationToken);
            var notes = keepsNotes ? await store.OwnNotesAsync(caseId, context.Reader.Person, cursor, filter, chunk, cancellationToken) : [];

            // Each source is complete only down to its last row when it returned a full chunk; below the higher of
            // those rows the next round continues, so that the two sources merge in order.
            Guid? boundary = null;
            foreach (var source in new[] { shared, notes }.Where(s => s.Count == chunk))
            {
                boundary = boundary is null || source[^1].Id.CompareTo(boundary.Value) > 0 ? source[^1].Id : boundary;
            }

            var merged = shared.Concat(notes)
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

            cursor = boundary;
            chunk = Math.Min(chunk * 2, MaxChunk);
        }

        await audit.PageReadAsync(context.Reader.Person, caseId, allowed.Select(a => (a.Item.Facts, a.Verdict)).ToList(), cancellationToken);
        var entries = allowed.Select(a => new TimelineEntry(store.Decrypted(a.Item), a.Verdict, withVisibility ? Visibility.Of(a.Item.Facts, context, now) : [])).ToList();
        return new TimelineResult(context, entries, next);
    }
}

public sealed record TimelineEntry(ItemView Item, AccessVerdict.Allowed Verdict, IReadOnlyList<VisibilityLine> Visibility);

public sealed record TimelineResult(CaseReadContext Context, IReadOnlyList<TimelineEntry> Entries, Guid? Next);
