using Fourfold.Data;
using Fourfold.Data.Identity;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Cases;

/// <summary>
/// The couples therapist or the practice's administrator ends a professional's or a partner's place on a case team,
/// with the reason; it is audited with the case's version moved, and every sign-in of the person ends at once (their
/// security stamp moves), so that no open page or token keeps showing them the case.
/// </summary>
public sealed class EndTeamPlace(FourfoldDbContext db, AuditedChanges changes, UserManager<FourfoldUser> users, IClock clock)
{
    public async Task<Outcome> ExecuteAsync(CaseId caseId, Guid membershipId, string? reason, CancellationToken cancellationToken)
    {
        var target = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var kind = db.Actor.Kind ?? PersonKind.Client;
        if (target is null || db.Actor.Person is not { } actor || !target.MayManageTeam(actor, kind, db.Actor.Practice))
        {
            return Outcome.NotFound;
        }

        if (!target.MayEndPlaces(actor, kind, db.Actor.Practice))
        {
            return Outcome.Refused("Only the couples therapist or the practice's administrator can end someone's place on the team.");
        }

        CaseMembership ended;
        try
        {
            ended = target.EndPlace(membershipId, actor, reason ?? "", clock.GetCurrentInstant());
        }
        catch (DomainRuleViolation violation)
        {
            return Outcome.Refused(violation.Message, violation.Field);
        }

        if (!await changes.SaveAsync(db, AuditAction.TeamPlaceEnded, caseId, cancellationToken, ended.Role.AsPartnerRole()?.ToString() ?? "", ended.Id))
        {
            return Outcome.Refused(AuditedChanges.ConflictMessage);
        }

        if (ended.PersonId is { } person && await users.FindByIdAsync(person.Value.ToString()) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        return Outcome.Done;
    }
}
