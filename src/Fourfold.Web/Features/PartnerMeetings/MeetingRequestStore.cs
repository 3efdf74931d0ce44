using Fourfold.Data;
using Fourfold.Domain.Cases;
using Fourfold.Domain.PartnerMeetings;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.PartnerMeetings;

/// <summary>
/// The door's storage of requests to meet the other partner's therapist: the requests (which hold no free text), the
/// preparation's item tracked when the other partner's agreement widens who reads it, and whether a therapist takes
/// information from partners.
/// </summary>
public sealed class MeetingRequestStore(FourfoldDbContext db)
{
    public Task<List<MeetingRequest>> OfCaseAsync(CaseId caseId, CancellationToken cancellationToken) =>
        db.MeetingRequests.AsNoTracking().Where(r => r.CaseId == caseId).OrderByDescending(r => r.AskedAt).ToListAsync(cancellationToken);

    public Task<MeetingRequest?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.MeetingRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>The preparation's item, tracked: the other partner's agreement widens who reads it.</summary>
    public Task<ClinicalItem?> PreparationAsync(ItemId id, CancellationToken cancellationToken) =>
        db.ClinicalItems.SingleOrDefaultAsync(i => i.Id == id && i.Kind == ItemKind.MeetingPreparation, cancellationToken);

    /// <summary>Whether each of these professionals takes information from their clients' partners, as their profile says.</summary>
    public async Task<Dictionary<PersonId, bool>> AcceptInformationFromPartnersAsync(IReadOnlyCollection<PersonId> professionals, CancellationToken cancellationToken)
    {
        var ids = professionals.Select(p => p.Value).ToList();
        var found = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, Accepts = u.Profile == null || u.Profile.AcceptsInformationFromPartners })
            .ToListAsync(cancellationToken);
        return found.ToDictionary(u => PersonId.From(u.Id), u => u.Accepts);
    }

    public void Add(MeetingRequest request, ClinicalItem preparation)
    {
        db.ClinicalItems.Add(preparation);
        db.MeetingRequests.Add(request);
    }

    public void Add(ClinicalItem answer) => db.ClinicalItems.Add(answer);
}
