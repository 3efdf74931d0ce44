using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using NodaTime;

namespace Fourfold.Web.Infrastructure.Auditing;

/// <summary>Saves a use case's changes together with the audit event that records them, in one transaction.</summary>
public sealed class AuditedChanges(AuditTrail audit, IClock clock, IHttpContextAccessor http)
{
    public Task SaveAsync(FourfoldDbContext db, AuditAction action, CaseId? caseId, CancellationToken cancellationToken, string subjects = "")
    {
        ArgumentNullException.ThrowIfNull(db);
        return audit.RunChangeAsync(db, async token =>
        {
            await db.SaveChangesAsync(token);
            return
            [
                new AuditEntry(clock.GetCurrentInstant(), db.Actor.Person, action, AuditOutcome.Succeeded, caseId,
                    Subjects: subjects, ClientAddress: http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? ""),
            ];
        }, cancellationToken);
    }
}
