using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Data.Tenancy;

/// <summary>
/// The cases a person reaches, which the tenant filter then admits for them: those where they hold a place now, and,
/// for an administrator, every case their practice opened (where the access decision shows them attendance alone).
/// </summary>
public static class ReachableCases
{
    public static async Task<List<CaseId>> ReachableCasesAsync(this FourfoldDbContext db, PersonId person, PersonKind kind, PracticeId? practiceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var memberOf = await db.CaseMemberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.PersonId == person && m.Status == MembershipStatus.Active)
            .Select(m => m.CaseId)
            .ToListAsync(cancellationToken);

        if (kind == PersonKind.PracticeAdministrator && practiceId is { } practice)
        {
            memberOf.AddRange(await db.Cases.IgnoreQueryFilters().AsNoTracking()
                .Where(c => c.PracticeId == practice)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken));
        }

        return memberOf;
    }
}
