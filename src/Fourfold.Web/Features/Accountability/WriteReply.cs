using Fourfold.Data;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Common;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>A partner replies to a record they may read; what they may not read is not there to reply to.</summary>
public sealed class WriteReply(FourfoldDbContext db, CaseDoor.CaseAccess door, ActionTargets targets, ReplyStore store, AuditedChanges changes, ReaderNotices notices, IClock clock)
{
    /// <summary>What can be replied to; whether this reader may reply to it is the domain's rule.</summary>
    private static readonly ItemKind[] Repliable = [ItemKind.DisclosureLogEntry, ItemKind.CheckIn, ItemKind.Reply];

    public async Task<AccountabilityChange> ExecuteAsync(ItemId repliesTo, ReplyDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetCurrentInstant();
        if (await targets.DecidedAsync(repliesTo, Repliable, AuditAction.ReplyWritten, cancellationToken) is not { Item: var row, Context: var context }
            || await door.AuthorAsync(row.CaseId, now, cancellationToken) is not { } loaded)
        {
            return AccountabilityChange.NotFound;
        }

        if (Reply.Check(loaded.Context, draft, row.Kind, row.Author) is { Count: > 0 } problems)
        {
            return AccountabilityChange.Invalid(problems);
        }

        Reply reply;
        ClinicalItem words;
        try
        {
            (reply, words) = Reply.Write(loaded.Context, draft, repliesTo, row.Kind, row.Author, now);
            store.Add(reply, words);
        }
        catch (DomainRuleViolation violation)
        {
            return AccountabilityChange.Refused(violation.Field ?? nameof(ReplyDraft.Text), violation.Message);
        }

        if (!await changes.SaveAsync(db, AuditAction.ReplyWritten, row.CaseId, cancellationToken, ItemReadAudit.Subjects(words.Subject), reply.Id.Value))
        {
            return AccountabilityChange.Refused(nameof(ReplyDraft.Text), AuditedChanges.ConflictMessage);
        }

        await notices.SendAsync(context, words, name => new ReaderNotice($"{name} wrote something for you in Fourfold",
            $"{name} wrote a reply in Fourfold that is meant for you to read.", $"/items/{reply.Id}"), null, cancellationToken);
        return AccountabilityChange.Saved(reply.Id);
    }
}
