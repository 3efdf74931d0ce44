using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;
using Fourfold.Domain.Practices;
using NodaTime;

namespace Fourfold.Domain.Cases;

/// <summary>
/// One couple's recovery work: exactly two partners (one betrayed, one involved), their individual supports and at most
/// one couples therapist. The case guards its team: who may join in which role, and the couples therapist's policies
/// with the partners' acknowledgements.
/// </summary>
public sealed class Case : IPracticeScoped
{
    public const int MaxLabelLength = 80;

    private readonly List<CaseMembership> memberships = [];
    private readonly List<PolicyAcknowledgement> acknowledgements = [];

    private Case()
    {
        Label = "";
    }

    private Case(CaseId id, PracticeId practiceId, string label, PersonId openedBy, Instant openedAt)
    {
        Id = id;
        PracticeId = practiceId;
        Label = label;
        OpenedBy = openedBy;
        OpenedAt = openedAt;
    }

    public CaseId Id { get; private set; }

    /// <summary>The practice that opened the case; its administrators handle scheduling and invitations.</summary>
    public PracticeId PracticeId { get; private set; }

    /// <summary>A short, non-clinical name for the case ("Holt"), shown in lists and never in calendars.</summary>
    public string Label { get; private set; }

    public PersonId OpenedBy { get; private set; }

    public Instant OpenedAt { get; private set; }

    /// <summary>The couple has decided to separate; the couples therapist then holds no individual sessions.</summary>
    public bool IsDivorceBound { get; private set; }

    public CouplesPolicy? CouplesPolicy { get; private set; }

    public IReadOnlyList<CaseMembership> Memberships => memberships;

    public IReadOnlyList<PolicyAcknowledgement> Acknowledgements => acknowledgements;

    /// <summary>Opens a case with the professional who creates it already on the team in the roles they hold.</summary>
    public static Case Open(
        CaseId id,
        PracticeId practiceId,
        string label,
        PersonId openedBy,
        string openerName,
        string openerEmail,
        IReadOnlyCollection<CaseRole> openerRoles,
        Instant now)
    {
        ArgumentNullException.ThrowIfNull(openerRoles);
        var trimmed = (label ?? "").Trim();
        if (trimmed.Length is 0 or > MaxLabelLength)
        {
            throw new DomainRuleViolation($"Give the case a short name of at most {MaxLabelLength} characters.");
        }

        if (openerRoles.Count == 0 || openerRoles.Any(role => role.IsPartner()))
        {
            throw new DomainRuleViolation("Choose your role in this case: couples therapist or individual support of a partner.");
        }

        var opened = new Case(id, practiceId, trimmed, openedBy, now);
        foreach (var role in openerRoles.Distinct())
        {
            var membership = opened.AddInvitation(new TeamInvitation(role, openerEmail, openerName), openedBy, "", now);
            membership.Accept(openedBy, membership.DisplayName, now);
        }

        return opened;
    }

    /// <summary>Active members and practice administrators of this case's practice may change the team.</summary>
    public bool MayManageTeam(PersonId person, PersonKind kind, PracticeId? personPractice) =>
        (kind == PersonKind.PracticeAdministrator && personPractice == PracticeId)
        || (kind == PersonKind.Professional && RolesOf(person).Count > 0);

    /// <summary>
    /// Who may put someone into a role. Partners may be invited by any professional of the case or an administrator
    /// of its practice. A partner's individual support is chosen with that partner's team: only the partner's existing
    /// supports, the couples therapist or a practice administrator may invite one, so that nobody can make themself,
    /// or a colleague, the support of a partner whose authorizations name that role. The couples therapist is invited
    /// by a practice administrator or an individual support.
    /// </summary>
    public bool MayInvite(PersonId inviter, PersonKind kind, PracticeId? inviterPractice, CaseRole role)
    {
        if (!MayManageTeam(inviter, kind, inviterPractice))
        {
            return false;
        }

        if (kind == PersonKind.PracticeAdministrator)
        {
            return true;
        }

        var roles = RolesOf(inviter);
        return role switch
        {
            CaseRole.BetrayedPartner or CaseRole.InvolvedPartner => true,
            CaseRole.SupportOfBetrayedPartner or CaseRole.SupportOfInvolvedPartner => roles.Contains(role) || roles.Contains(CaseRole.CouplesTherapist),
            CaseRole.CouplesTherapist => roles.Any(r => r.SupportedPartner() is not null),
        };
    }

    /// <summary>Everyone on the team now, with the roles they hold: what the access decision and authors work from.</summary>
    public IReadOnlyDictionary<PersonId, IReadOnlySet<CaseRole>> ActiveRoles() =>
        memberships.Where(m => m.IsActive && m.PersonId is not null)
            .GroupBy(m => m.PersonId!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<CaseRole>)g.Select(m => m.Role).ToHashSet());

    public IReadOnlySet<CaseRole> RolesOf(PersonId person) =>
        memberships.Where(m => m.IsActive && m.PersonId == person).Select(m => m.Role).ToHashSet();

    /// <summary>Which partner this person is in the case; null for the team and for people not on it.</summary>
    public PartnerRole? PartnerRoleOf(PersonId person) =>
        RolesOf(person).Select(role => role.AsPartnerRole()).FirstOrDefault(role => role is not null);

    public CaseMembership? ActivePartner(PartnerRole partner) =>
        memberships.FirstOrDefault(m => m.IsActive && m.Role == partner.AsCaseRole());

    public bool HasCouplesTherapist => memberships.Any(m => m.IsActive && m.Role == CaseRole.CouplesTherapist);

    /// <summary>Adds an invitation; the invited person joins only by accepting it.</summary>
    public CaseMembership Invite(TeamInvitation invitation, PersonId invitedBy, string invitationTokenHash, Instant now)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return AddInvitation(invitation, invitedBy, invitationTokenHash, now);
    }

    /// <summary>Accepts an open invitation for the person whose account has the invited address.</summary>
    public CaseMembership AcceptInvitation(Guid membershipId, PersonId person, PersonKind kind, string email, string displayName, Instant now)
    {
        var membership = memberships.FirstOrDefault(m => m.Id == membershipId)
            ?? throw new DomainRuleViolation("This invitation does not exist.");

        if (!membership.IsOpenInvitation(now))
        {
            throw new DomainRuleViolation(membership.Status == MembershipStatus.Invited
                ? "This invitation has expired. Ask the team to send a new one."
                : "This invitation has already been used or withdrawn.");
        }

        if (!string.Equals(membership.InvitedEmail, (email ?? "").Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainRuleViolation("This invitation was sent to a different email address.");
        }

        var expectedKind = membership.Role.IsPartner() ? PersonKind.Client : PersonKind.Professional;
        if (kind != expectedKind)
        {
            throw new DomainRuleViolation(membership.Role.IsPartner()
                ? "A partner's place in a case is accepted from a client account."
                : "A place on the care team is accepted from a professional's account.");
        }

        if (membership.Role.IsPartner() && RolesOf(person).Count > 0)
        {
            throw new DomainRuleViolation("A person cannot be both a partner and a member of the care team in one case.");
        }

        if (membership.Role.IsProfessional() && RolesOf(person).Any(role => role.IsPartner()))
        {
            throw new DomainRuleViolation("A partner in this case cannot join its care team.");
        }

        membership.Accept(person, string.IsNullOrWhiteSpace(displayName) ? membership.DisplayName : displayName.Trim(), now);
        return membership;
    }

    /// <summary>Sends a fresh link for an invitation that has not been accepted.</summary>
    public CaseMembership RenewInvitation(Guid membershipId, string invitationTokenHash, Instant now)
    {
        var membership = memberships.FirstOrDefault(m => m.Id == membershipId && m.Status == MembershipStatus.Invited)
            ?? throw new DomainRuleViolation("Only an invitation that has not been accepted can be sent again.");
        membership.RenewInvitation(invitationTokenHash, now);
        return membership;
    }

    /// <summary>Removes someone from the team (or withdraws an invitation); their access ends at once.</summary>
    public void RemoveMember(Guid membershipId, Instant now)
    {
        var membership = memberships.FirstOrDefault(m => m.Id == membershipId && m.Status != MembershipStatus.Left)
            ?? throw new DomainRuleViolation("This person is not on the team.");
        membership.Leave(now);
    }

    /// <summary>Who may end someone's place on the team: the couples therapist, or an administrator of the case's practice.</summary>
    public bool MayEndPlaces(PersonId person, PersonKind kind, PracticeId? personPractice) =>
        (kind == PersonKind.PracticeAdministrator && personPractice == PracticeId)
        || (kind == PersonKind.Professional && RolesOf(person).Contains(CaseRole.CouplesTherapist));

    /// <summary>
    /// Ends a member's place, with the reason and who ended it, kept with the team's history; their access ends at once.
    /// Nobody ends their own place here, so that a team is never left without the person who must decide it.
    /// </summary>
    public CaseMembership EndPlace(Guid membershipId, PersonId by, string reason, Instant now)
    {
        var membership = memberships.FirstOrDefault(m => m.Id == membershipId && m.IsActive)
            ?? throw new DomainRuleViolation("This person is not on the team now.");
        if (membership.PersonId == by)
        {
            throw new DomainRuleViolation("You cannot end your own place on the team; the practice's administrator can.");
        }

        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainRuleViolation("Say why their place ends: the reason is kept with the team's history.", "reason");
        }

        if (trimmed.Length > CaseMembership.MaxEndReasonLength)
        {
            throw new DomainRuleViolation($"Keep the reason to {CaseMembership.MaxEndReasonLength} characters.", "reason");
        }

        membership.End(by, trimmed, now);
        return membership;
    }

    /// <summary>The couples therapist states (or changes) their policies; the partners must acknowledge the new version.</summary>
    public CouplesPolicy SetCouplesPolicy(PersonId by, ConfidentialityPolicy confidentiality, IndividualSessionPolicy individualSessions, bool isDivorceBound, Instant now)
    {
        ArgumentNullException.ThrowIfNull(individualSessions);
        if (!RolesOf(by).Contains(CaseRole.CouplesTherapist))
        {
            throw new DomainRuleViolation("Only the couples therapist of this case sets its policies.");
        }

        if (!Enum.IsDefined(confidentiality))
        {
            throw new DomainRuleViolation("Choose a confidentiality policy.");
        }

        IsDivorceBound = isDivorceBound;
        var unchanged = CouplesPolicy is { } current
            && current.Confidentiality == confidentiality
            && current.IndividualSessions == individualSessions;
        if (!unchanged)
        {
            CouplesPolicy = new CouplesPolicy((CouplesPolicy?.Version ?? 0) + 1, confidentiality, individualSessions, by, now);
        }

        return CouplesPolicy!;
    }

    /// <summary>A partner acknowledges the policy version in force.</summary>
    public PolicyAcknowledgement AcknowledgePolicy(PersonId partnerPerson, Instant now)
    {
        var partner = PartnerRoleOf(partnerPerson)
            ?? throw new DomainRuleViolation("Only the partners of this case acknowledge the couples therapist's policies.");

        if (CouplesPolicy is not { } policy)
        {
            throw new DomainRuleViolation("The couples therapist has not set their policies yet.");
        }

        var existing = acknowledgements.FirstOrDefault(a => a.Partner == partner && a.PolicyVersion == policy.Version);
        if (existing is not null)
        {
            return existing;
        }

        var acknowledgement = new PolicyAcknowledgement(partner, partnerPerson, policy.Version, now);
        acknowledgements.Add(acknowledgement);
        return acknowledgement;
    }

    public bool HasAcknowledgedPolicyInForce(PartnerRole partner) =>
        CouplesPolicy is { } policy && acknowledgements.Any(a => a.Partner == partner && a.PolicyVersion == policy.Version);

    public CouplesTherapistBookingFacts BookingFacts(int betrayedPartnerIndividualSessions = 0, int involvedPartnerIndividualSessions = 0) =>
        new(
            HasCouplesTherapist,
            CouplesPolicy,
            LatestAcknowledgedVersion(PartnerRole.BetrayedPartner),
            LatestAcknowledgedVersion(PartnerRole.InvolvedPartner),
            IsDivorceBound,
            betrayedPartnerIndividualSessions,
            involvedPartnerIndividualSessions);

    private int? LatestAcknowledgedVersion(PartnerRole partner) =>
        acknowledgements.Where(a => a.Partner == partner).Select(a => (int?)a.PolicyVersion).Max();

    private CaseMembership AddInvitation(TeamInvitation invitation, PersonId invitedBy, string invitationTokenHash, Instant now)
    {
        var current = memberships.Where(m => m.Status != MembershipStatus.Left).ToList();

        if (invitation.Role.IsPartner() && memberships.Any(m => m.Role == invitation.Role && m.Status == MembershipStatus.Left && m.AcceptedAt is not null))
        {
            throw new DomainRuleViolation($"{char.ToUpperInvariant(invitation.Role.DescribeInSentence()[0])}{invitation.Role.DescribeInSentence()[1..]} of this case has left it, and another partner cannot take that place in the same case.");
        }

        if (invitation.Role.IsPartner() && current.Any(m => m.Role == invitation.Role))
        {
            throw new DomainRuleViolation($"This case already has {invitation.Role.DescribeInSentence().Replace("the ", "a ", StringComparison.Ordinal)}.");
        }

        if (invitation.Role == CaseRole.CouplesTherapist && current.Any(m => m.Role == CaseRole.CouplesTherapist))
        {
            throw new DomainRuleViolation("This case already has a couples therapist.");
        }

        var sameAddress = current.Where(m => m.InvitedEmail == invitation.Email).ToList();
        if (sameAddress.Any(m => m.Role == invitation.Role))
        {
            throw new DomainRuleViolation("This person already has that role in the case.");
        }

        if (sameAddress.Count > 0 && (invitation.Role.IsPartner() || sameAddress.Any(m => m.Role.IsPartner())))
        {
            throw new DomainRuleViolation("A partner cannot also be on the care team of their own case.");
        }

        if (invitation.Role.SupportedPartner() is not null && sameAddress.Any(m => m.Role.SupportedPartner() is not null))
        {
            throw new DomainRuleViolation("One person cannot be the individual support of both partners.");
        }

        var inviterAddresses = current.Where(m => m.PersonId == invitedBy && m.IsActive).Select(m => m.InvitedEmail).ToHashSet();
        if (inviterAddresses.Contains(invitation.Email))
        {
            throw new DomainRuleViolation("You cannot give yourself another role in this case; ask a colleague or the practice administrator.");
        }

        var membership = new CaseMembership(Id, invitation.Role, invitation.Email, invitation.DisplayName, invitedBy, invitationTokenHash, now);
        memberships.Add(membership);
        return membership;
    }
}
