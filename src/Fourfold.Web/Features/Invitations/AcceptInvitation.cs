using Fourfold.Data;
using Fourfold.Data.Identity;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Invitations;

/// <summary>
/// Turns an invitation link into a place on the team: an existing account accepts after signing in; a partner without
/// an account creates one from the link. The link is the only way in, and only for the address it was sent to.
/// </summary>
public sealed class AcceptInvitation(FourfoldDbContext db, UserManager<FourfoldUser> users, SignInManager<FourfoldUser> signIn, IClock clock, AuditedChanges changes)
{
    public async Task<InvitationDetails?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        var membership = await OpenMembershipAsync(secret, cancellationToken);
        if (membership is null)
        {
            return null;
        }

        if (!(await db.InvitedToAsync([membership], cancellationToken)).TryGetValue(membership.CaseId, out var invitedTo))
        {
            return null;
        }

        var inviter = await db.Users.AsNoTracking().Where(u => u.Id == membership.InvitedBy.Value).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        var accountExists = await users.FindByEmailAsync(membership.InvitedEmail) is not null;
        var country = await db.Practices.AsNoTracking().Where(p => p.Id == invitedTo.Practice).Select(p => p.CountryCode).SingleOrDefaultAsync(cancellationToken);
        return new InvitationDetails(membership.Id, membership.CaseId, invitedTo.Label, membership.Role, membership.InvitedEmail,
            membership.DisplayName, inviter ?? "The care team", accountExists, country ?? "");
    }

    /// <summary>The signed-in person accepts an invitation sent to their address.</summary>
    public async Task<Outcome> AcceptAsync(string secret, FourfoldUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var membership = await OpenMembershipAsync(secret, cancellationToken);
        if (membership is null)
        {
            await changes.RefusedAsync(db, AuditAction.InvitationAccepted, null, null, "NoOpenInvitationWithThatLink", cancellationToken);
            return Outcome.NotFound;
        }

        return await AcceptMembershipAsync(membership, user, cancellationToken);
    }

    private async Task<Outcome> AcceptMembershipAsync(CaseMembership membership, FourfoldUser user, CancellationToken cancellationToken)
    {
        db.Actor.AllowJoining(membership.CaseId);
        if (await db.CaseToJoinAsync(membership, cancellationToken) is not { } invitedTo)
        {
            return Outcome.NotFound;
        }

        try
        {
            invitedTo.AcceptInvitation(membership.Id, user.PersonId, user.Kind, user.Email!, user.DisplayName, clock.GetCurrentInstant());
        }
        catch (DomainRuleViolation violation)
        {
            return Outcome.Refused(violation.Message);
        }

        return await changes.SaveAsync(db, AuditAction.InvitationAccepted, membership.CaseId, cancellationToken, membership.Role.ToString())
            ? Outcome.Done
            : Outcome.Refused(AuditedChanges.ConflictMessage);
    }

    /// <summary>The signed-in person accepts an invitation addressed to their email, from their home page.</summary>
    public async Task<Outcome> AcceptAddressedAsync(Guid membershipId, FourfoldUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var address = (user.Email ?? "").ToLowerInvariant();
        var now = clock.GetCurrentInstant();
        var membership = await db.OpenInvitationToAsync(membershipId, address, now, cancellationToken);
        if (membership is null)
        {
            await changes.RefusedAsync(db, AuditAction.InvitationAccepted, null, membershipId, "NotAnOpenInvitationToThem", cancellationToken);
            return Outcome.NotFound;
        }

        return await AcceptMembershipAsync(membership, user, cancellationToken);
    }

    /// <summary>A partner without an account creates one from their invitation, is signed in, and joins the case.</summary>
    public async Task<Outcome> CreateAccountAndAcceptAsync(string secret, string displayName, string timeZoneId, string password, CancellationToken cancellationToken)
    {
        var membership = await OpenMembershipAsync(secret, cancellationToken);
        if (membership is null)
        {
            return Outcome.NotFound;
        }

        if (!membership.Role.IsPartner())
        {
            return Outcome.Refused("Professionals join with their practice's Fourfold account. Ask your practice administrator to create it, then open this link again.");
        }

        if (!TimeZoneIds.IsKnown(timeZoneId))
        {
            return Outcome.Refused("Choose your time zone.");
        }

        if (await users.FindByEmailAsync(membership.InvitedEmail) is not null)
        {
            return Outcome.Refused("An account with this address exists already. Sign in to accept.");
        }

        var user = new FourfoldUser
        {
            UserName = membership.InvitedEmail,
            Email = membership.InvitedEmail,
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            Kind = PersonKind.Client,
            TimeZoneId = timeZoneId,
        };

        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Outcome.Refused(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        db.Actor.SignIn(user.PersonId, user.Kind, null, []);
        var accepted = await AcceptAsync(secret, user, cancellationToken);
        if (!accepted.Succeeded)
        {
            // Nothing half-made stays behind: the account exists only for the place it was created for.
            await users.DeleteAsync(user);
            return accepted;
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return Outcome.Done;
    }

    private async Task<CaseMembership?> OpenMembershipAsync(string secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length > 100)
        {
            return null;
        }

        var hash = InvitationToken.HashOf(secret);
        var now = clock.GetCurrentInstant();
        return await db.OpenInvitationByLinkAsync(hash, now, cancellationToken);
    }
}
