using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Common;
using Fourfold.Domain.Records;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// The holder saves a new version of an item. The form carries the version it started from; if someone saved a
/// newer one meanwhile (seen here, or by the database at the same instant), the edit is refused and nothing is
/// overwritten.
/// </summary>
public sealed class EditItem(FourfoldDbContext db, CaseDoor.CaseAccess door, ItemStore store, AuditedChanges changes, IClock clock)
{
    /// <summary>The field a stale edit is reported on.</summary>
    public const string StaleField = "Version";

    /// <summary>The key an edit of an item whose text cannot be decrypted now is refused under.</summary>
    public const string UnreadableField = "Unreadable";

    public const string UnreadableMessage = "The text of this item cannot be read right now, so it cannot be changed. Nothing is lost: it can be edited again once the practice has restored its encryption key.";

    public const string AgreementsOnly = "An agreement changes only when both partners agree a new version, and a disclosure log entry stays as it was recorded: use your agreements page.";

    /// <summary>The reason recorded when someone other than an item's holder tries to edit it.</summary>
    public const string NotHolder = "NotHolder";

    public async Task<ItemChange> ExecuteAsync(ItemId itemId, int startedFrom, ItemDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetCurrentInstant();
        // Who holds the item is decided before any of its text is decrypted.
        var header = await store.ViewOfAsync(itemId, cancellationToken);
        var loaded = header is null || header.Holder != db.Actor.Person ? null : await door.AuthorAsync(header.CaseId, now, cancellationToken);
        if (header is null || loaded is null)
        {
            var reason = header is null ? ItemReadAudit.UnknownItem : header.Holder != db.Actor.Person ? NotHolder : nameof(DenialReason.NotOnCase);
            await changes.RefusedAsync(db, AuditAction.ItemEdited, header?.CaseId, itemId.Value, reason, cancellationToken);
            return ItemChange.NotFound;
        }

        WrittenItem item;
        try
        {
            item = await db.ClinicalItems.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken)
                ?? (WrittenItem)await db.PsychotherapyNotes.SingleAsync(n => n.Id == itemId, cancellationToken);
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return ItemChange.Refused(UnreadableField, UnreadableMessage);
        }

        var kind = item is ClinicalItem clinical ? clinical.Kind : ItemKind.PsychotherapyNote;
        if (kind.HasItsOwnWorkflow())
        {
            return ItemChange.Refused(nameof(ItemDraft.Kind), AgreementsOnly);
        }

        var check = Authorship.Check(loaded.Value.Context, draft with { Kind = kind, Subject = item.Subject, IndividualSessionWith = null }, item.Facts.Audience.People);
        if (!check.IsValid)
        {
            return ItemChange.Invalid(check.Problems);
        }

        bool changed;
        try
        {
            changed = item switch
            {
                ClinicalItem shared => shared.Edit(loaded.Value.Context, startedFrom, draft, now),
                PsychotherapyNote note => note.Edit(loaded.Value.Context, startedFrom, draft, now),
                _ => false,
            };
        }
        catch (DomainRuleViolation violation)
        {
            return ItemChange.Refused(StaleField, violation.Message);
        }

        if (!changed)
        {
            return ItemChange.Saved(item.Id, item.Version);
        }

        return await changes.SaveAsync(db, AuditAction.ItemEdited, item.CaseId, cancellationToken, ItemReadAudit.Subjects(item.Subject), item.Id.Value)
            ? ItemChange.Saved(item.Id, item.Version)
            : ItemChange.Refused(StaleField, WrittenItem.StaleEditMessage);
    }
}
