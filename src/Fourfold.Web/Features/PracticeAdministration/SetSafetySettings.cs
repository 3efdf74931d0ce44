using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.PracticeAdministration;

/// <summary>A practice administrator sets the country the practice serves and the crisis line its clients see on every page.</summary>
public sealed class SetSafetySettings(FourfoldDbContext db, AuditedChanges changes)
{
    public async Task<Outcome> ExecuteAsync(string countryCode, string crisisLine, CancellationToken cancellationToken)
    {
        if (db.Actor.Kind != PersonKind.PracticeAdministrator || db.Actor.Practice is not { } practiceId)
        {
            return Outcome.NotFound;
        }

        var practice = await db.Practices.SingleAsync(p => p.Id == practiceId, cancellationToken);
        try
        {
            practice.SetSafetySettings(countryCode, crisisLine);
        }
        catch (DomainRuleViolation violation)
        {
            return Outcome.Refused(violation.Message);
        }

        return await changes.SaveAsync(db, AuditAction.PracticeSafetySettingsChanged, null, cancellationToken)
            ? Outcome.Done
            : Outcome.Refused(AuditedChanges.ConflictMessage);
    }
}
