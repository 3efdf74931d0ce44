using Fourfold.Data;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Accountability;

/// <summary>The door's storage of replies: read only for replies whose words were decided, and saved with their words.</summary>
public sealed class ReplyStore(FourfoldDbContext db)
{
    public async Task<Dictionary<Guid, Reply>> OfAsync(CaseId caseId, IReadOnlyList<Guid> allowed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var ids = allowed.ToList();
        return ids.Count == 0 ? [] : await db.Replies.AsNoTracking().Where(r => r.CaseId == caseId && ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
    }

    public void Add(Reply reply, ClinicalItem words)
    {
        db.ClinicalItems.Add(words);
        db.Replies.Add(reply);
    }
}
