using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>The partner who signed an authorization revokes it; it stops allowing anything from this instant.</summary>
public sealed class RevokeAuthorization(FourfoldDbContext db, AuditTrail audit, IClock clock, IHttpContextAccessor http)
{
    public async Task<Outcome> ExecuteAsync(CaseId caseId, AuthorizationId id, CancellationToken cancellationToken)
    {
        var context = await AuthorizationContext.LoadAsync(db, caseId, cancellationToken);
        var authorization = context?.Authorizations.FirstOrDefault(a => a.Id == id && a.GrantedBy == context.Reader);
        if (context is null || authorization is null)
        {
            return Outcome.NotFound;
        }

        var now = clock.GetCurrentInstant();
        try
        {
            authorization.Revoke(context.Reader, now);
        }
        catch (DomainRuleViolation violation)
        {
            return Outcome.Refused(violation.Message);
        }

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
        return Outcome.Done;
    }
}
