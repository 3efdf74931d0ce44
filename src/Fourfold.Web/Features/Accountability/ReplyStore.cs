using Fourfold.Data;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;

namespace Fourfold.Web.Features.Accountability;

/// <summary>The door's storage of replies: read only for replies whose words were decided, and saved with their words.</summary>
public sealed class ReplyStore(FourfoldDbContext db)
{
    public Task<Dictionary<ItemId, Reply>> OfAsync(CaseId caseId, IReadOnlyList<ItemId> allowed, CancellationToken cancellationToken) =>
        db.Replies.OfAllowedAsync(caseId, allowed, cancellationToken);

    public void Add(Reply reply, ClinicalItem words)
    {
        db.ClinicalItems.Add(words);
        db.Replies.Add(reply);
    }
}
