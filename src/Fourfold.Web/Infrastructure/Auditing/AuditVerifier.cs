using Fourfold.Data;
using Fourfold.Data.Audit;
using Fourfold.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Infrastructure.Auditing;

/// <summary>
/// Checks the whole stored chain against the key, streaming it in sequence order, and then against the head anchored
/// outside the database: a trail that was wiped, or rolled back to an earlier head with the later events deleted,
/// verifies link by link but not against its anchor.
/// </summary>
public sealed class AuditVerifier(FourfoldDbContext db, AuditKey key, AuditAnchor anchor)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var head = await db.AuditHead.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditHeadRecord.SingletonId, cancellationToken);
        var anchored = anchor.Last();
        string? hashAtAnchor = null;
        var events = db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        var check = new AuditChainCheck(key.Bytes);
        await foreach (var record in events.WithCancellation(cancellationToken))
        {
            if (!check.Add(AuditRecords.FromRecord(record)))
            {
                break;
            }

            if (record.Sequence == anchored?.Sequence)
            {
                hashAtAnchor = record.Hash;
            }
        }

        var verdict = check.Finish(head is null ? null : new AuditHead(head.Sequence, head.Hash, head.Mac));
        return verdict.IsIntact ? AgainstAnchor(verdict.Checked, anchored, hashAtAnchor) : verdict;
    }

    private AuditVerification AgainstAnchor(long checkedCount, AuditHead? anchored, string? hashAtAnchor)
    {
        if (checkedCount == 0)
        {
            return new(0, 1, "the trail holds no events, not even the one written when it was created: it was wiped");
        }

        if (anchored is null)
        {
            return new(checkedCount, checkedCount, $"there is no anchored head to compare with in {anchor.Path}: restore that file, or it was deleted");
        }

        if (!AuditChain.HeadIsGenuine(anchored, key.Bytes))
        {
            return new(checkedCount, Math.Max(anchored.Sequence, 1), $"the last line of the anchor file {anchor.Path} was edited");
        }

        if (anchored.Sequence > checkedCount)
        {
            return new(checkedCount, checkedCount + 1, $"the trail ends at event {checkedCount} but its anchor says {anchored.Sequence}: it was rolled back or wiped");
        }

        return hashAtAnchor is not null && AuditChain.FixedTimeEquals(hashAtAnchor, anchored.Hash)
            ? new(checkedCount, null, null)
            : new(checkedCount, anchored.Sequence, "it is not the event the anchor recorded: the trail was rewritten from there");
    }
}
