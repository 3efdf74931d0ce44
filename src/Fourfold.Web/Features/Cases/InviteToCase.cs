using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Cases;

/// <summary>
/// Invites a partner or a professional (of any practice) to a case and emails them a link. Only the case's
/// professionals and its practice's administrators may invite.
/// </summary>
public sealed class InviteToCase(FourfoldDbContext db, EmailSender email, PublicLinks links, IClock clock, AuditedChanges changes)
{
    public async Task<Outcome> ExecuteAsync(CaseId caseId, CaseRole role, string name, string address, CancellationToken cancellationToken)
    {
        var target = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (target is null || db.Actor.Person is not { } inviter || !target.MayManageTeam(inviter, db.Actor.Kind ?? PersonKind.Client, db.Actor.Practice))
        {
            return Outcome.NotFound;
        }

        if (!target.MayInvite(inviter, db.Actor.Kind ?? PersonKind.Client, db.Actor.Practice, role))
        {
            return Outcome.Refused(role.SupportedPartner() is not null
                ? "A partner's individual support is invited by that partner's current support, the couples therapist or the practice administrator."
                : "The couples therapist is invited by an individual support or the practice administrator.");
        }

        var token = InvitationToken.Create();
        CaseMembership invited;
        try
        {
            invited = target.Invite(new TeamInvitation(role, address, name), inviter, token.Hash, clock.GetCurrentInstant());
        }
        catch (DomainRuleViolation violation)
        {
            return Outcome.Refused(violation.Message);
        }

        if (!await changes.SaveAsync(db, AuditAction.TeamMemberInvited, caseId, cancellationToken, invited.Role.ToString()))
        {
            return Outcome.Refused(AuditedChanges.ConflictMessage);
        }

        await SendAsync(invited, target, token, cancellationToken);
        return Outcome.Done;
    }

    public async Task<Outcome> ResendAsync(CaseId caseId, Guid membershipId, CancellationToken cancellationToken)
    {
        var target = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (target is null || db.Actor.Person is not { } inviter || !target.MayManageTeam(inviter, db.Actor.Kind ?? PersonKind.Client, db.Actor.Practice))
        {
            return Outcome.NotFound;
        }

        var token = InvitationToken.Create();
        try
        {
            var renewed = target.RenewInvitation(membershipId, token.Hash, clock.GetCurrentInstant());
            if (!await changes.SaveAsync(db, AuditAction.TeamMemberInvited, caseId, cancellationToken, renewed.Role.ToString()))
            {
                return Outcome.Refused(AuditedChanges.ConflictMessage);
            }

            await SendAsync(renewed, target, token, cancellationToken);
            return Outcome.Done;
        }
        catch (DomainRuleViolation violation)
        {
            return Outcome.Refused(violation.Message);
        }
    }

    public async Task<Outcome> WithdrawAsync(CaseId caseId, Guid membershipId, CancellationToken cancellationToken)
    {
        var target = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (target is null || db.Actor.Person is not { } actor || !target.MayManageTeam(actor, db.Actor.Kind ?? PersonKind.Client, db.Actor.Practice))
        {
            return Outcome.NotFound;
        }

        if (target.Memberships.FirstOrDefault(m => m.Id == membershipId) is not { Status: MembershipStatus.Invited })
        {
            return Outcome.Refused("Only an invitation that has not been accepted can be withdrawn here.");
        }

        target.RemoveMember(membershipId, clock.GetCurrentInstant());
        return await changes.SaveAsync(db, AuditAction.InvitationWithdrawn, caseId, cancellationToken)
            ? Outcome.Done
            : Outcome.Refused(AuditedChanges.ConflictMessage);
    }

    private Task SendAsync(CaseMembership invited, Case target, InvitationToken token, CancellationToken cancellationToken)
    {
        var link = links.To($"/invitations/{token.Secret}");
        var body = invited.Role.IsPartner()
            ? $"Hello {invited.DisplayName},\n\nYour care team has invited you to Fourfold, where you and the professionals who support you work together on one plan. Nothing is shared with anyone until you choose to share it.\n\nOpen this link to set up your account (it works for 14 days):\n\n{link}\n"
            : $"Hello {invited.DisplayName},\n\nYou have been invited to join a care team on Fourfold as {invited.Role.DescribeInSentence()}.\n\nSign in and accept here (the link works for 14 days):\n\n{link}\n";
        return email.SendAsync(invited.InvitedEmail, invited.DisplayName, "You are invited to Fourfold", body, cancellationToken);
    }
}
