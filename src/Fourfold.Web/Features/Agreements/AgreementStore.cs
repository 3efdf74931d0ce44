using Fourfold.Data;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Agreements;

/// <summary>
/// The door's storage of agreements: how each came about and stands, read only for agreements whose words the access
/// decision has already allowed; and an agreement with its words, tracked, for the partner who moves it.
/// </summary>
public sealed class AgreementStore(FourfoldDbContext db)
{
    public Task<Dictionary<ItemId, Agreement>> OfAsync(CaseId caseId, IReadOnlyList<ItemId> allowed, CancellationToken cancellationToken) =>
        db.Agreements.OfAllowedAsync(caseId, allowed, cancellationToken);

    public async Task<(Agreement Agreement, ClinicalItem Words)?> TrackedAsync(ItemId id, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        var words = agreement is null ? null : await db.ClinicalItems.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return agreement is null || words is null ? null : (agreement, words);
    }

    public void Add(Agreement agreement, ClinicalItem words)
    {
        db.ClinicalItems.Add(words);
        db.Agreements.Add(agreement);
    }
}
