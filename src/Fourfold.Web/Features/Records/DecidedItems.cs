using Fourfold.Domain.Access;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// The door's pipeline for a page of records kept through their own workflow: the newest items of some kinds the
/// reader may read, or some items by id, each decided for the reader from its header, then read and decided again as
/// read, and decrypted. Only what the reader may read comes back; recording the reads is the caller's, for the items it
/// shows.
/// </summary>
public sealed class DecidedItems(ItemStore items, IClock clock)
{
    /// <summary>More than a couple keeps of one kind; a reader with more allowed sees the newest.</summary>
    public const int MostShown = 400;

    /// <summary>
    /// The newest <see cref="MostShown"/> items of these kinds the reader may read. Headers are decided page by page
    /// until that many are allowed or none are left, so what others keep to themselves neither crowds out what the
    /// reader may read nor shows as a gap.
    /// </summary>
    public async Task<List<DecidedItem>> OfKindsAsync(CaseReadContext context, IReadOnlyCollection<ItemKind> kinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = clock.GetCurrentInstant();
        var allowed = new List<ItemId>();
        ItemId? before = null;
        while (allowed.Count < MostShown)
        {
            var headers = await items.KindHeadersAsync(context.Case.Id, kinds, before, MostShown, cancellationToken);
            allowed.AddRange(headers
                .Where(header => AccessDecision.Decide(context.Reader, header.Facts, context.State, now) is AccessVerdict.Allowed)
                .Select(header => header.Id)
                .Take(MostShown - allowed.Count));
            if (headers.Count < MostShown)
            {
                break;
            }

            before = headers[^1].Id;
        }

        return Read(context, await items.SharedItemsAsync(context.Case.Id, allowed, cancellationToken), now);
    }

    public async Task<List<DecidedItem>> ByIdAsync(CaseReadContext context, IReadOnlyList<ItemId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Read(context, await items.SharedItemsAsync(context.Case.Id, ids, cancellationToken), clock.GetCurrentInstant());
    }

    private List<DecidedItem> Read(CaseReadContext context, List<ItemView> rows, Instant now) =>
        [.. rows
            .Select(row => (Row: row, Verdict: AccessDecision.Decide(context.Reader, row.Facts, context.State, now) as AccessVerdict.Allowed))
            .Where(read => read.Verdict is not null)
            .Select(read => (Words: items.TryDecrypted(read.Row), read.Verdict))
            .Where(read => read.Words is not null)
            .Select(read => new DecidedItem(read.Words!, read.Verdict!))];
}

/// <summary>An item's words the reader may read, with the rule that allows them.</summary>
public sealed record DecidedItem(ItemView Words, AccessVerdict.Allowed Verdict);
