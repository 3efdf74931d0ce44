using Fourfold.Data;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;

namespace Fourfold.Web.Features.Accountability;

/// <summary>The door's storage of check-ins: the day and score of those whose words the access decision has allowed, and new ones saved with their words.</summary>
public sealed class CheckInStore(FourfoldDbContext db)
{
    public Task<Dictionary<ItemId, CheckIn>> OfAsync(CaseId caseId, IReadOnlyList<ItemId> allowed, CancellationToken cancellationToken) =>
        db.CheckIns.OfAllowedAsync(caseId, allowed, cancellationToken);

    public void Add(CheckIn checkIn, ClinicalItem words)
    {
        db.ClinicalItems.Add(words);
        db.CheckIns.Add(checkIn);
    }
}
