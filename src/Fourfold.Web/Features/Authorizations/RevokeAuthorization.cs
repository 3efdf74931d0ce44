using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>The partner who signed an authorization revokes it; it stops allowing anything from this instant.</summary>
public sealed class RevokeAuthorization(FourfoldDbContext db, SharingQuery sharing, AuditTrail audit, IClock clock, IHttpContextAccessor http)
{
    public async Task<Outcome> ExecuteAsync(CaseId caseId, AuthorizationId id, CancellationToken cancellationToken)
    {
        var context = await sharing.OpenAsync(caseId, withItems: false, cancellationToken);
        if (context is null || !context.Authorizations.Any(a => a.Id == id && a.GrantedBy == context.Reader))
        {
            return Outcome.NotFound;
        }

        var authorization = await sharing.TrackedAsync(id, cancellationToken);

        var now = clock.GetCurrentInstant();
        try
        {
            authorization.Revoke(context.Reader, now);
        }
        catch (DomainRuleViolation violation)
        {
            return Outcome.Refused(violation.Message);
        }

        try
        {
            await audit.RunChangeAsync(db, async token =>
            {
                await db.SaveChangesAsync(token);
                return
                [
                    new AuditEntry(now, context.Reader, AuditAction.AuthorizationRevoked, AuditOutcome.Succeeded, caseId,
                        Subjects: authorization.Partner.ToString(), Authorizations: authorization.Id.ToString(),
                        ClientAddress: http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? ""),
                ];
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome.Refused(AuditedChanges.ConflictMessage);
        }

        return Outcome.Done;
    }
}
