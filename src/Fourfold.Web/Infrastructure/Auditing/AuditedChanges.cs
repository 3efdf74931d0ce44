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

    public Task<bool> SaveAsync(FourfoldDbContext db, AuditAction action, CaseId? caseId, CancellationToken cancellationToken, string subjects = "", Guid? itemId = null) =>
        SaveAsync(db, caseId, [new AuditedChange(action, subjects, itemId)], cancellationToken);

    /// <summary>One change that did several things (a place ended and the sessions it cancelled), each recorded.</summary>
    public async Task<bool> SaveAsync(FourfoldDbContext db, CaseId? caseId, IReadOnlyList<AuditedChange> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await SaveWithEventsAsync(db, caseId, events, cancellationToken);
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

    private Task SaveWithEventsAsync(FourfoldDbContext db, CaseId? caseId, IReadOnlyList<AuditedChange> events, CancellationToken cancellationToken) =>
        audit.RunChangeAsync(db, async token =>
        {
            await db.SaveChangesAsync(token);
            var now = clock.GetCurrentInstant();
            var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "";
            IReadOnlyList<AuditEntry> entries = events
                .Select(change => new AuditEntry(now, db.Actor.Person, change.Action, AuditOutcome.Succeeded, caseId, change.ItemId,
                    Subjects: change.Subjects, ClientAddress: address))
                .ToList();
            return entries;
        }, cancellationToken);
}

/// <summary>What one saved change did, as its audit event records it.</summary>
public sealed record AuditedChange(AuditAction Action, string Subjects = "", Guid? ItemId = null);
