using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.FullDisclosure;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.FullDisclosure;

/// <summary>
/// How a step of the disclosure finds it: tracked, through the door, for a member of its team who may read it. Anyone
/// else finds nothing, and their attempt is recorded.
/// </summary>
public sealed class DisclosureDoor(FourfoldDbContext db, CaseDoor.CaseAccess door, FullDisclosureStore store, AuditedChanges changes, IClock clock)
{
    public async Task<(DisclosureProcess Process, CaseReadContext Context)?> OpenAsync(Guid id, AuditAction action, CancellationToken cancellationToken)
    {
        var process = await store.FindAsync(id, cancellationToken);
        var context = process is null ? null : await door.ViewAsync(process.CaseId, cancellationToken);
        var verdict = process is null || context is not { IsMember: true } ? new AccessVerdict.Denied(DenialReason.NotOnCase)
            : AccessDecision.Decide(context.Reader, DisclosureAccess.FactsFor(process), context.State, clock.GetCurrentInstant());
        if (verdict is AccessVerdict.Denied denied)
        {
            await changes.RefusedAsync(db, action, process?.CaseId, id, denied.Reason.ToString(), cancellationToken);
            return null;
        }

        return (process!, context!);
    }
}
