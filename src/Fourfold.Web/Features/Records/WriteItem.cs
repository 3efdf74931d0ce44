using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// Writes a new item into a case's story, or a psychotherapy note apart from it. The draft is checked field by field
/// first; nothing is saved unless all of it is valid, and the item is saved together with its audit event.
/// </summary>
public sealed class WriteItem(FourfoldDbContext db, CaseDoor.CaseAccess door, AuditedChanges changes, IClock clock)
{
    public async Task<ItemChange> ExecuteAsync(CaseId caseId, ItemDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetCurrentInstant();
        if (await door.AuthorAsync(caseId, now, cancellationToken) is not { } loaded)
        {
            await changes.RefusedAsync(db, AuditAction.ItemWritten, caseId, null, nameof(DenialReason.NotOnCase), cancellationToken);
            return ItemChange.NotFound;
        }

        var check = Authorship.Check(loaded.Context, draft);
        if (!check.IsValid)
        {
            return ItemChange.Invalid(check.Problems);
        }

        WrittenItem item = draft.Kind == ItemKind.PsychotherapyNote
            ? PsychotherapyNote.Write(loaded.Context, draft, now)
            : ClinicalItem.Write(loaded.Context, draft, now);
        if (item is PsychotherapyNote note)
        {
            db.PsychotherapyNotes.Add(note);
        }
        else
        {
            db.ClinicalItems.Add((ClinicalItem)item);
        }

        return await changes.SaveAsync(db, AuditAction.ItemWritten, caseId, cancellationToken, ItemReadAudit.Subjects(item.Subject), item.Id.Value)
            ? ItemChange.Saved(item.Id, item.Version)
            : ItemChange.Refused(nameof(ItemDraft.Audience), AuditedChanges.ConflictMessage);
    }
}
