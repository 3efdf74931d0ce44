using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.PartnerMeetings;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.PartnerMeetings;

/// <summary>How a step of a meeting request finds it: tracked, through the door, for one of the three it is for. Anyone else finds nothing, and their attempt is recorded.</summary>
public sealed class MeetingDoor(FourfoldDbContext db, CaseDoor.CaseAccess door, MeetingRequestStore store, AuditedChanges changes, IClock clock)
{
    public async Task<(MeetingRequest Request, CaseReadContext Context)?> OpenAsync(Guid id, AuditAction action, CancellationToken cancellationToken)
    {
        var request = await store.FindAsync(id, cancellationToken);
        var context = request is null ? null : await door.ViewAsync(request.CaseId, cancellationToken);
        var verdict = request is null || context is not { IsMember: true } ? new AccessVerdict.Denied(DenialReason.NotOnCase)
            : AccessDecision.Decide(context.Reader, request.Facts, context.State, clock.GetCurrentInstant());
        if (verdict is AccessVerdict.Denied denied)
        {
            await changes.RefusedAsync(db, action, request?.CaseId, id, denied.Reason.ToString(), cancellationToken);
            return null;
        }

        return (request!, context!);
    }
}
