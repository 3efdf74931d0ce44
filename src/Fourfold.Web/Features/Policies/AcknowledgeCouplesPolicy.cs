using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Policies;

/// <summary>A partner acknowledges the couples therapist's policies in force.</summary>
public sealed class AcknowledgeCouplesPolicy(FourfoldDbContext db, IClock clock, AuditedChanges changes)
{
    public async Task<Outcome> ExecuteAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        var target = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (target is null || db.Actor.Person is not { } partner)
        {
            return Outcome.NotFound;
        }

        try
        {
            target.AcknowledgePolicy(partner, clock.GetCurrentInstant());
        }
        catch (DomainRuleViolation violation)
        {
            return Outcome.Refused(violation.Message);
        }

        return await changes.SaveAsync(db, AuditAction.CouplesPolicyAcknowledged, caseId, cancellationToken)
            ? Outcome.Done
            : Outcome.Refused(AuditedChanges.ConflictMessage);
    }
}
