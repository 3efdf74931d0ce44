using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// Reads one item for the signed-in person through the access decision, and audits the read or the refusal. An item
/// that does not exist and one they may not read look the same: null, answered as "not found".
/// </summary>
public sealed class ItemQuery(FourfoldDbContext db, CaseDoor.CaseAccess door, ItemStore store, ItemReadAudit audit, AuditedChanges changes, IClock clock)
{
    public const int ReadersShown = 100;

    /// <summary>
    /// The item as its holder opens it to edit. Anyone else reads nothing: the attempt is recorded as a refused edit and
    /// answered as "not found", exactly like an id that names no item.
    /// </summary>
    public async Task<ItemDetails?> ReadToEditAsync(ItemId id, CancellationToken cancellationToken)
    {
        var item = await store.ViewOfAsync(id, cancellationToken);
        if (item is null || item.Holder != db.Actor.Person)
        {
            await changes.RefusedAsync(db, AuditAction.ItemEdited, item?.CaseId, id.Value, item is null ? ItemReadAudit.UnknownItem : EditItem.NotHolder, cancellationToken);
            return null;
        }

        return await ReadAsync(id, cancellationToken);
    }

    /// <summary>
    /// Decides on what the access decision needs, read without the text; only an allowed read decrypts, and an item
    /// whose text cannot be decrypted comes back marked unreadable instead of failing the page.
    /// </summary>
    public async Task<ItemDetails?> ReadAsync(ItemId id, CancellationToken cancellationToken)
    {
        var row = await store.ViewOfAsync(id, cancellationToken);
        var context = row is null ? null : await door.ViewAsync(row.CaseId, cancellationToken);
        if (row is null || context is null)
        {
            await audit.DeniedAsync(db.Actor.Person, id.Value, row?.CaseId, null, ItemReadAudit.UnknownItem, cancellationToken);
            return null;
        }

        var now = clock.GetCurrentInstant();
        switch (AccessDecision.Decide(context.Reader, row.Facts, context.State, now))
        {
            case AccessVerdict.Denied denied:
                await audit.DeniedAsync(context.Reader.Person, id.Value, row.CaseId, row.Subject, denied.Reason.ToString(), cancellationToken);
                return null;
            case AccessVerdict.Allowed allowed:
                var isHolder = row.Holder == context.Reader.Person;
                var view = store.TryDecrypted(row);
                // Earlier versions may hold text or an audience the holder has since taken back: they are the holder's alone.
                var versions = isHolder && view is not null ? await store.VersionsOfAsync(id, cancellationToken) : [];
                if (view is null || versions is null)
                {
                    return new ItemDetails(context, row with { Title = "", Body = "", AssessmentUsed = null }, allowed, Visibility.Of(row.Facts, context, now), [], null, IsUnreadable: true);
                }

                await audit.ReadAsync(context.Reader.Person, view.Facts, allowed, cancellationToken);
                var readers = isHolder ? await ReadersAsync(id.Value, row.Holder, context, cancellationToken) : null;
                return new ItemDetails(context, view, allowed, Visibility.Of(view.Facts, context, now), versions, readers);
            default:
                return null;
        }
    }

    private async Task<IReadOnlyList<ItemRead>> ReadersAsync(Guid itemId, PersonId holder, CaseReadContext context, CancellationToken cancellationToken)
    {
        var single = nameof(AuditAction.ReadItem);
        var page = nameof(AuditAction.ReadItems);
        var succeeded = nameof(AuditOutcome.Succeeded);
        var listed = itemId.ToString("D");

        // The index row points to its event; only an event that itself records the read counts.
        var events = await (
                from read in db.AuditItemReads
                where read.AuditedCaseId == context.Case.Id.Value && read.ItemId == itemId
                join e in db.AuditEvents on read.Sequence equals e.Sequence
                where e.Outcome == succeeded && e.ActorId != null && e.ActorId != holder.Value
                    && ((e.Action == single && e.ItemId == itemId) || (e.Action == page && e.Items.Contains(listed)))
                orderby read.Sequence descending
                select new { e.ActorId, e.At })
            .Take(ReadersShown)
            .ToListAsync(cancellationToken);
        var unknown = events.Select(e => PersonId.From(e.ActorId!.Value)).Where(p => !context.Names.ContainsKey(p)).Distinct().Select(p => p.Value).ToList();
        var others = unknown.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => unknown.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return events.Select(e => new ItemRead(
            context.Names.GetValueOrDefault(PersonId.From(e.ActorId!.Value)) ?? others.GetValueOrDefault(e.ActorId!.Value, "Someone no longer on the team"), e.At)).ToList();
    }

    /// <summary>The reader's own time zone, for the times an item shows.</summary>
    public Task<string> ReaderZoneAsync(CancellationToken cancellationToken) => ReaderZone.OfAsync(db, cancellationToken);
}
