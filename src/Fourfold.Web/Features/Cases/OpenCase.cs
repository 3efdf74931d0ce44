using Fourfold.Data;
using Fourfold.Data.Identity;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Identity;
using NodaTime;

namespace Fourfold.Web.Features.Cases;

/// <summary>A professional opens a case in their own practice, taking their role on its team.</summary>
public sealed class OpenCase(FourfoldDbContext db, UserManager<FourfoldUser> users, IClock clock, AuditedChanges changes)
{
    public async Task<(Outcome Outcome, CaseId? CaseId)> ExecuteAsync(string label, CaseRole myRole, CancellationToken cancellationToken)
    {
        var opener = await ProfessionalAsync();
        if (opener?.PracticeId is not { } practice)
        {
            return (Outcome.Refused("Only a professional of a practice can open a case."), null);
        }

        try
        {
            var opened = Case.Open(CaseId.New(), practice, label, opener.PersonId, opener.DisplayName, opener.Email!, [myRole], clock.GetCurrentInstant());
            db.Cases.Add(opened);
            return await changes.SaveAsync(db, AuditAction.CaseOpened, opened.Id, cancellationToken)
                ? (Outcome.Done, opened.Id)
                : (Outcome.Refused(AuditedChanges.ConflictMessage), null);
        }
        catch (DomainRuleViolation violation)
        {
            return (Outcome.Refused(violation.Message), null);
        }
    }

    private async Task<FourfoldUser?> ProfessionalAsync()
    {
        if (db.Actor.Person is not { } person)
        {
            return null;
        }

        var user = await users.FindByIdAsync(person.Value.ToString());
        return user?.Kind == PersonKind.Professional ? user : null;
    }
}
