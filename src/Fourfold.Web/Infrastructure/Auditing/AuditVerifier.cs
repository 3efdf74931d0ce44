using Fourfold.Data;
using Fourfold.Data.Audit;
using Fourfold.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Infrastructure.Auditing;

/// <summary>Checks the whole stored chain against the key, streaming it in sequence order.</summary>
public sealed class AuditVerifier(FourfoldDbContext db, AuditKey key)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var head = await db.AuditHead.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditHeadRecord.SingletonId, cancellationToken);
        var events = db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        var check = new AuditChainCheck(key.Bytes);
        await foreach (var record in events.WithCancellation(cancellationToken))
        {
            if (!check.Add(AuditRecords.FromRecord(record)))
            {
                break;
            }
        }

        return check.Finish(head is null ? null : new AuditHead(head.Sequence, head.Hash, head.Mac));
    }
}
