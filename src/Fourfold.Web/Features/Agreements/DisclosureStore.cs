using Fourfold.Data;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Agreements;

/// <summary>
/// The door's storage of the disclosure log: the dates, recipients and timeliness of entries whose words the access
/// decision has already allowed, and new entries saved with their words.
/// </summary>
public sealed class DisclosureStore(FourfoldDbContext db)
{
    public Task<Dictionary<ItemId, Disclosure>> OfAsync(CaseId caseId, IReadOnlyList<ItemId> allowed, CancellationToken cancellationToken) =>
        db.Disclosures.OfAllowedAsync(caseId, allowed, cancellationToken);

    /// <summary>A commitment of the case, to judge a disclosure against; read without its words.</summary>
    public Task<Agreement?> CommitmentAsync(CaseId caseId, ItemId id, CancellationToken cancellationToken) =>
        db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.CaseId == caseId && a.Kind == AgreementKind.DisclosureCommitment, cancellationToken);

    public void Add(Disclosure disclosure, ClinicalItem words)
    {
        db.ClinicalItems.Add(words);
        db.Disclosures.Add(disclosure);
    }
}
