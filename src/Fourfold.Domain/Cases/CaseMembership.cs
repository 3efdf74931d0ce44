using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Cases;

/// <summary>
/// One person's place on a case team in one role. It is created by an invitation and holds the person only once
/// they accept. Status lifecycle: see <see cref="MembershipStatus"/>.
/// </summary>
public sealed class CaseMembership : ICaseScoped
{
    public static readonly Duration InvitationLifetime = Duration.FromDays(14);

    private CaseMembership()
    {
        InvitedEmail = "";
        DisplayName = "";
        InvitationTokenHash = "";
    }

    internal CaseMembership(CaseId caseId, CaseRole role, string invitedEmail, string displayName, PersonId invitedBy, string invitationTokenHash, Instant now)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Role = role;
        InvitedEmail = invitedEmail;
        DisplayName = displayName;
        InvitedBy = invitedBy;
        InvitationTokenHash = invitationTokenHash;
        InvitedAt = now;
        InvitationExpiresAt = now + InvitationLifetime;
        Status = MembershipStatus.Invited;
    }

    public Guid Id { get; private set; }

    public CaseId CaseId { get; private set; }

    public CaseRole Role { get; private set; }

    /// <summary>The person once they accepted; null while the invitation is open.</summary>
    public PersonId? PersonId { get; private set; }

    /// <summary>Lower-cased address the invitation went to; only the account with this address may accept it.</summary>
    public string InvitedEmail { get; private set; }

    /// <summary>The name the team sees for this person in this case.</summary>
    public string DisplayName { get; private set; }

    public PersonId InvitedBy { get; private set; }

    public string InvitationTokenHash { get; private set; }

    public MembershipStatus Status { get; private set; }

    public Instant InvitedAt { get; private set; }

    /// <summary>Exclusive end of the time in which the invitation can be accepted.</summary>
    public Instant InvitationExpiresAt { get; private set; }

    public Instant? AcceptedAt { get; private set; }

    public Instant? LeftAt { get; private set; }

    public bool IsActive => Status == MembershipStatus.Active;

    public const int MaxEndReasonLength = 500;

    /// <summary>Who ended this place on the team, when someone did (rather than an invitation being withdrawn).</summary>
    public PersonId? EndedBy { get; private set; }

    /// <summary>Why the place was ended, as the person who ended it wrote it.</summary>
    public string? EndReason { get; private set; }

    public bool IsOpenInvitation(Instant now) => Status == MembershipStatus.Invited && now < InvitationExpiresAt;

    internal void Accept(PersonId person, string displayName, Instant now)
    {
        PersonId = person;
        DisplayName = displayName;
        Status = MembershipStatus.Active;
        AcceptedAt = now;
        InvitationTokenHash = "";
    }

    internal void End(PersonId by, string reason, Instant now)
    {
        Leave(now);
        EndedBy = by;
        EndReason = reason;
    }

    internal void Leave(Instant now)
    {
        Status = MembershipStatus.Left;
        LeftAt = now;
        InvitationTokenHash = "";
    }

    internal void RenewInvitation(string invitationTokenHash, Instant now)
    {
        InvitationTokenHash = invitationTokenHash;
        InvitedAt = now;
        InvitationExpiresAt = now + InvitationLifetime;
    }
}
