using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using NodaTime;

namespace Fourfold.Domain.Records;

/// <summary>
/// A therapist's own notes about a session. Stored apart from the shared record, shown in no one's timeline but its
/// holder's, never exported, and reached by no authorization.
/// </summary>
public sealed class PsychotherapyNote : WrittenItem
{
    private PsychotherapyNote()
    {
    }

    private PsychotherapyNote(ItemId id, AuthoringContext context, WritingCheck check, Instant now)
        : base(id, context.CaseId, context.Author, check.Subject, check.Content, [], [], now)
    {
    }

    public override Category Category => Category.PsychotherapyNote;

    public override ItemFacts Facts => new(Id.Value, CaseId, Holder, Author, Subject, Category, new Audience(new HashSet<CaseRole>(), new HashSet<People.PersonId>()));

    public static PsychotherapyNote Write(AuthoringContext context, ItemDraft draft, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Kind != ItemKind.PsychotherapyNote)
        {
            throw new DomainRuleViolation("Only psychotherapy notes are stored apart.");
        }

        return new PsychotherapyNote(ItemId.From(Guid.CreateVersion7(now.ToDateTimeOffset())), context, ClinicalItem.Checked(context, draft), now);
    }

    public bool Edit(AuthoringContext context, int startedFrom, ItemDraft draft, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        var check = ClinicalItem.Checked(context, draft with { Kind = ItemKind.PsychotherapyNote, Subject = Subject, Audience = [], AudiencePeople = null, IndividualSessionWith = null });
        return Revise(context.Author, startedFrom, check.Content, [], [], now);
    }
}
