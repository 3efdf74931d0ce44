using Fourfold.Domain.Access;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>
/// The replies the reader may read to some records of a case, oldest first under each, decided and audited like any
/// item; a reply to a reply is listed under the record the thread began with.
/// </summary>
public sealed class ReplyQuery(DecidedItems decided, ReplyStore store, ItemReadAudit audit, IClock clock)
{
    public async Task<IReadOnlyDictionary<ItemId, IReadOnlyList<ReplyView>>> ToAsync(CaseReadContext context, IReadOnlyCollection<ItemId> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return new Dictionary<ItemId, IReadOnlyList<ReplyView>>();
        }

        var now = clock.GetCurrentInstant();
        var read = await decided.OfKindsAsync(context, [ItemKind.Reply], cancellationToken);
        var states = await store.OfAsync(context.Case.Id, read.Select(r => r.Words.Id).ToList(), cancellationToken);
        ItemId? Thread(ItemId id)
        {
            for (var depth = 0; depth < 50; depth++)
            {
                if (records.Contains(id))
                {
                    return id;
                }

                if (!states.TryGetValue(id, out var reply))
                {
                    return null;
                }

                id = reply.RepliesTo;
            }

            return null;
        }

        var shown = read
            .Where(r => states.ContainsKey(r.Words.Id) && Thread(r.Words.Id) is not null)
            .Select(r => (Thread: Thread(r.Words.Id)!.Value, View: new ReplyView(states[r.Words.Id], r.Words, r.Verdict, Visibility.Of(r.Words.Facts, context, now))))
            .OrderBy(r => r.View.Reply.Id)
            .ToList();
        await audit.PageReadAsync(context.Reader.Person, context.Case.Id, shown.Select(r => (r.View.Words.Facts, r.View.Verdict)).ToList(), cancellationToken);
        return shown.GroupBy(r => r.Thread).ToDictionary(g => g.Key, g => (IReadOnlyList<ReplyView>)[.. g.Select(r => r.View)]);
    }
}

/// <summary>A reply as the reader is shown it.</summary>
public sealed record ReplyView(Reply Reply, ItemView Words, AccessVerdict.Allowed Verdict, IReadOnlyList<VisibilityLine> Visibility);
