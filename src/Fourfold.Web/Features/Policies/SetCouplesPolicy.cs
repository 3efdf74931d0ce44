using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.Policies;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Policies;

/// <summary>The couples therapist states the confidentiality and individual-session policies of a case.</summary>
public sealed class SetCouplesPolicy(FourfoldDbContext db, IClock clock, AuditedChanges changes)
{
    public async Task<Outcome> ExecuteAsync(CaseId caseId, ConfidentialityPolicy confidentiality, bool offerIndividualSessions, int sessionsPerPartner, IndividualSessionScope scope, bool isDivorceBound, CancellationToken cancellationToken)
    {
        var target = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (target is null || db.Actor.Person is not { } therapist)
        {
            return Outcome.NotFound;
        }

        try
        {
            var individual = offerIndividualSessions ? IndividualSessionPolicy.Offered(sessionsPerPartner, scope) : IndividualSessionPolicy.NotOffered;
            target.SetCouplesPolicy(therapist, confidentiality, individual, isDivorceBound, clock.GetCurrentInstant());
        }
        catch (DomainRuleViolation violation)
        {
            return Outcome.Refused(violation.Message);
        }

        return await changes.SaveAsync(db, AuditAction.CouplesPolicySet, caseId, cancellationToken)
            ? Outcome.Done
            : Outcome.Refused(AuditedChanges.ConflictMessage);
    }
}
