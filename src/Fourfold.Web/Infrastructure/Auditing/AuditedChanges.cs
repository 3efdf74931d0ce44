using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Infrastructure.Auditing;

/// <summary>
/// Saves a use case's changes together with the audit event that records them, in one transaction. When someone else
/// changed the same case meanwhile, nothing is saved and the caller is told, so that it can say so.
/// </summary>
public sealed class AuditedChanges(AuditTrail audit, IClock clock, IHttpContextAccessor http)
{
    public const string ConflictMessage = "Someone else changed this case at the same moment. Reload the page to see their change, then try again.";

    public async Task<bool> SaveAsync(FourfoldDbContext db, AuditAction action, CaseId? caseId, CancellationToken cancellationToken, string subjects = "", Guid? itemId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await SaveWithEventAsync(db, action, caseId, subjects, itemId, cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// Records a change refused before anything was saved (answered as "not found"), with the reason, so that an attempt
    /// on a case or item one does not hold leaves a trace like a refused read does.
    /// </summary>
    public Task RefusedAsync(FourfoldDbContext db, AuditAction action, CaseId? caseId, Guid? itemId, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return audit.RecordAsync(
            new AuditEntry(clock.GetCurrentInstant(), db.Actor.Person, action, AuditOutcome.Denied, caseId, itemId, Rule: reason,
                ClientAddress: http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? ""),
            cancellationToken);
    }

    private Task SaveWithEventAsync(FourfoldDbContext db, AuditAction action, CaseId? caseId, string subjects, Guid? itemId, CancellationToken cancellationToken) =>
        audit.RunChangeAsync(db, async token =>
        {
            await db.SaveChangesAsync(token);
            return
            [
                new AuditEntry(clock.GetCurrentInstant(), db.Actor.Person, action, AuditOutcome.Succeeded, caseId, itemId,
                    Subjects: subjects, ClientAddress: http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? ""),
            ];
        }, cancellationToken);
}
