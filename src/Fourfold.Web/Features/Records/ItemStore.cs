using System.Linq.Expressions;
using Fourfold.Data;
using Fourfold.Data.Encryption;
using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// Reads items without their version history: a case's items newest first from a cursor, and a psychotherapy note
/// holder's own notes, which live apart. Text comes back decrypted. Every query runs through the tenant filter.
/// </summary>
public sealed partial class ItemStore(FourfoldDbContext db, KeyRing keys, ILogger<ItemStore> logger)
{
    /// <summary>A shared item as read by projection, its text still encrypted: see <see cref="Decrypted"/>.</summary>
    public static readonly Expression<Func<ClinicalItem, ItemView>> SharedView = i => new ItemView(
        i.Id, i.CaseId, i.Kind, i.Subject, i.Holder, i.Author, i.AudienceRoles, i.AudiencePersonIds, i.OccurredOn, i.RecordedAt,
        i.LastEditedAt, i.Version, i.Title, i.Body, i.AssessmentUsed, i.IndividualSessionWith, i.PolicyInForce);

    /// <summary>A psychotherapy note as read by projection, its text still encrypted.</summary>
    public static readonly Expression<Func<PsychotherapyNote, ItemView>> NoteView = n => new ItemView(
        n.Id, n.CaseId, ItemKind.PsychotherapyNote, n.Subject, n.Holder, n.Author, new List<CaseRole>(), new List<Guid>(), n.OccurredOn,
        n.RecordedAt, n.LastEditedAt, n.Version, n.Title, n.Body, null, null, null);

    /// <summary>
    /// What the access decision needs of a case's shared items older than <paramref name="before"/>, newest first,
    /// read from the timeline index alone; the caller decides, then reads the text of those allowed.
    /// </summary>
    public async Task<List<ItemHeader>> SharedHeadersAsync(CaseId caseId, ItemId? before, TimelineFilter filter, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.ClinicalItems.AsNoTracking().Where(i => i.CaseId == caseId);
        if (before is { } cursor)
        {
            query = query.Where(i => i.Id < cursor);
        }

        if (filter.Category is { } category)
        {
            var kinds = Enum.GetValues<ItemKind>().Where(k => k.CategoryOf() == category).ToList();
            query = query.Where(i => kinds.Contains(i.Kind));
        }

        if (filter.Subject is { } subject)
        {
            query = query.Where(i => i.Subject == subject);
        }

        return await query.OrderByDescending(i => i.Id).Take(take)
            .Select(i => new ItemHeader(i.Id, i.CaseId, i.Kind, i.Subject, i.Holder, i.Author, i.AudienceRoles, i.AudiencePersonIds))
            .ToListAsync(cancellationToken);
    }

    /// <summary>What the access decision needs of a case's shared items of some kinds older than <paramref name="before"/>, newest first.</summary>
    public async Task<List<ItemHeader>> KindHeadersAsync(CaseId caseId, IReadOnlyCollection<ItemKind> kinds, ItemId? before, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var wanted = kinds.ToList();
        var query = db.ClinicalItems.AsNoTracking().Where(i => i.CaseId == caseId && wanted.Contains(i.Kind));
        if (before is { } cursor)
        {
            query = query.Where(i => i.Id < cursor);
        }

        return await query.OrderByDescending(i => i.Id).Take(take)
            .Select(i => new ItemHeader(i.Id, i.CaseId, i.Kind, i.Subject, i.Holder, i.Author, i.AudienceRoles, i.AudiencePersonIds))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Whole shared items of one case by id, in no particular order.</summary>
    public async Task<List<ItemView>> SharedItemsAsync(CaseId caseId, IReadOnlyList<ItemId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var wanted = ids.ToList();
        return await db.ClinicalItems.AsNoTracking().Where(i => i.CaseId == caseId && wanted.Contains(i.Id))
            .Select(SharedView)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The psychotherapy notes <paramref name="holder"/> keeps on a case, newest first.</summary>
    public async Task<List<ItemView>> OwnNotesAsync(CaseId caseId, PersonId holder, ItemId? before, TimelineFilter filter, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Category is { } category && category != Category.PsychotherapyNote)
        {
            return [];
        }

        var query = db.PsychotherapyNotes.AsNoTracking().Where(n => n.CaseId == caseId && n.Holder == holder);
        if (before is { } cursor)
        {
            query = query.Where(n => n.Id < cursor);
        }

        if (filter.Subject is { } subject)
        {
            query = query.Where(n => n.Subject == subject);
        }

        return await query.OrderByDescending(n => n.Id).Take(take).Select(NoteView).ToListAsync(cancellationToken);
    }

    /// <summary>The text of an item read by projection, decrypted; only for items the reader may read.</summary>
    public ItemView Decrypted(ItemView row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var type = row.Kind == ItemKind.PsychotherapyNote ? typeof(PsychotherapyNote) : typeof(ClinicalItem);
        return row with
        {
            Title = Decrypt(type, nameof(WrittenItem.Title), row.Id, row.Title)!,
            Body = Decrypt(type, nameof(WrittenItem.Body), row.Id, row.Body)!,
            AssessmentUsed = Decrypt(type, nameof(ClinicalItem.AssessmentUsed), row.Id, row.AssessmentUsed),
        };
    }

    /// <summary>
    /// <see cref="Decrypted"/>, or null when the item's text cannot be decrypted (a key missing from the ring, a damaged
    /// value): logged by the item's id, so that one unreadable item is found and fixed without hiding the rest of a story.
    /// </summary>
    public ItemView? TryDecrypted(ItemView row)
    {
        ArgumentNullException.ThrowIfNull(row);
        try
        {
            return Decrypted(row);
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or FormatException)
        {
            LogUnreadable(logger, row.Id, KeyRing.KeyIdOf(row.Title), exception.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Item {ItemId} could not be decrypted (key '{KeyId}', {Failure}); it is left out of what is shown until its key is back in the ring.")]
    private static partial void LogUnreadable(ILogger logger, ItemId itemId, string keyId, string failure);

    /// <summary>One item by id, shared or a note kept apart, read by projection with its text still encrypted.</summary>
    public async Task<ItemView?> ViewOfAsync(ItemId id, CancellationToken cancellationToken) =>
        await db.ClinicalItems.AsNoTracking().Where(i => i.Id == id).Select(SharedView).SingleOrDefaultAsync(cancellationToken)
        ?? await db.PsychotherapyNotes.AsNoTracking().Where(n => n.Id == id).Select(NoteView).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// An item's versions, newest first, for its holder; null when one of them cannot be decrypted (logged like an
    /// unreadable item).
    /// </summary>
    public async Task<List<ItemVersion>?> VersionsOfAsync(ItemId id, CancellationToken cancellationToken)
    {
        try
        {
            var item = await FindAsync(id, cancellationToken);
            return item?.Versions.OrderByDescending(v => v.Number).ToList();
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or FormatException)
        {
            LogUnreadable(logger, id, "unknown", exception.GetType().Name);
            return null;
        }
    }

    /// <summary>An item with its versions; shared items first, then notes kept apart.</summary>
    public async Task<WrittenItem?> FindAsync(ItemId id, CancellationToken cancellationToken) =>
        (WrittenItem?)await db.ClinicalItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? await db.PsychotherapyNotes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);

    private string? Decrypt(Type type, string field, ItemId id, string? stored) =>
        KeyRing.IsProtected(stored) ? keys.Unprotect(stored!, EncryptedFields.ItemAssociatedData(type, field, id.Value)) : stored;
}
