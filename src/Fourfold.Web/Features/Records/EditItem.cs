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
public sealed class EditItem(FourfoldDbContext db, CaseDoor.CaseAccess door, AuditedChanges changes, IClock clock)
{
    /// <summary>The field a stale edit is reported on.</summary>
    public const string StaleField = "Version";

    /// <summary>The reason recorded when someone other than an item's holder tries to edit it.</summary>
    public const string NotHolder = "NotHolder";

    public async Task<ItemChange> ExecuteAsync(Guid itemId, int startedFrom, ItemDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetCurrentInstant();
        WrittenItem? item = await db.ClinicalItems.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken)
            ?? (WrittenItem?)await db.PsychotherapyNotes.SingleOrDefaultAsync(n => n.Id == itemId, cancellationToken);
        var loaded = item is null || item.Holder != db.Actor.Person ? null : await door.AuthorAsync(item.CaseId, now, cancellationToken);
        if (item is null || loaded is null)
        {
            var reason = item is null ? ItemReadAudit.UnknownItem : item.Holder != db.Actor.Person ? NotHolder : nameof(DenialReason.NotOnCase);
            await changes.RefusedAsync(db, AuditAction.ItemEdited, item?.CaseId, itemId, reason, cancellationToken);
            return ItemChange.NotFound;
        }

        var kind = item is ClinicalItem clinical ? clinical.Kind : ItemKind.PsychotherapyNote;
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

        return await changes.SaveAsync(db, AuditAction.ItemEdited, item.CaseId, cancellationToken, ItemReadAudit.Subjects(item.Subject), item.Id)
            ? ItemChange.Saved(item.Id, item.Version)
            : ItemChange.Refused(StaleField, WrittenItem.StaleEditMessage);
    }
}
