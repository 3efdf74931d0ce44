using Fourfold.Domain.Cases;
using Fourfold.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Data.Tenancy;

/// <summary>
/// What a person invited to a case may see of it before they are on it: the open invitation itself (found by its
/// link's hash, or by the address it was sent to) and the case's name and practice. Nothing else of the case steps
/// past the tenant filter here, and only while the invitation is open.
/// </summary>
public static class OpenInvitations
{
    public static Task<CaseMembership?> OpenInvitationByLinkAsync(this FourfoldDbContext db, string tokenHash, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CaseMemberships.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(m => m.InvitationTokenHash == tokenHash && m.Status == MembershipStatus.Invited && m.InvitationExpiresAt > now, cancellationToken);
    }

    public static Task<CaseMembership?> OpenInvitationToAsync(this FourfoldDbContext db, Guid membershipId, string address, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CaseMemberships.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(m => m.Id == membershipId && m.InvitedEmail == address && m.Status == MembershipStatus.Invited && m.InvitationExpiresAt > now, cancellationToken);
    }

    public static Task<List<CaseMembership>> OpenInvitationsToAsync(this FourfoldDbContext db, string address, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CaseMemberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.InvitedEmail == address && m.Status == MembershipStatus.Invited && m.InvitationExpiresAt > now)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The name and practice of the cases these open invitations are to.</summary>
    public static async Task<Dictionary<CaseId, (string Label, PracticeId Practice)>> InvitedToAsync(this FourfoldDbContext db, IReadOnlyCollection<CaseMembership> invitations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(invitations);
        var open = invitations.Where(m => m.Status == MembershipStatus.Invited).Select(m => m.Id).ToList();
        var cases = await db.Cases.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Memberships.Any(m => open.Contains(m.Id) && m.Status == MembershipStatus.Invited))
            .Select(c => new { c.Id, c.Label, c.PracticeId })
            .ToListAsync(cancellationToken);
        return cases.ToDictionary(c => c.Id, c => (c.Label, c.PracticeId));
    }

    /// <summary>
    /// The case an open invitation is to, tracked, so that the invitee can take their place on it; null once the
    /// invitation is no longer open (accepted or withdrawn meanwhile).
    /// </summary>
    public static Task<Case?> CaseToJoinAsync(this FourfoldDbContext db, CaseMembership invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(invitation);
        return db.Cases.IgnoreQueryFilters()
            .SingleOrDefaultAsync(c => c.Id == invitation.CaseId && c.Memberships.Any(m => m.Id == invitation.Id && m.Status == MembershipStatus.Invited), cancellationToken);
    }
}
