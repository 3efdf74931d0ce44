using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Access;

/// <summary>
/// The one decision behind every read of clinical information: "the author intends, the subject consents, the policy
/// decides". The rules of DESIGN.md section 3 apply in order and the first that applies decides; anything not allowed
/// is denied, and malformed input is denied.
/// </summary>
public static class AccessDecision
{
    public static AccessVerdict Decide(Reader reader, ItemFacts item, CaseAccessState state, Instant now)
    {
        if (reader is null || item is null || state is null || !IsWellFormed(item, state))
        {
            return AccessVerdict.Because(DenialReason.Malformed);
        }

        var roles = state.RolesOf(reader.Person);
        var isOutsider = roles.Count == 0 && reader.AdministersPractice != state.PracticeId;
        if (item.Category == Category.PsychotherapyNote)
        {
            return reader.Person == item.Holder ? AccessVerdict.By(AccessRule.PsychotherapyNoteHolder)
                : isOutsider ? AccessVerdict.Because(DenialReason.NotOnCase)
                : AccessVerdict.Because(DenialReason.PsychotherapyNoteHolderOnly);
        }

        if (reader.Person == item.Holder)
        {
            return AccessVerdict.By(AccessRule.RecordHolder);
        }

        if (reader.Person == item.Author)
        {
            return AccessVerdict.By(AccessRule.Author);
        }

        if (roles.Count == 0)
        {
            return isOutsider ? AccessVerdict.Because(DenialReason.NotOnCase) : AdministratorVerdict(item);
        }

        var inAudience = item.Audience.Includes(reader.Person, roles);
        // A subject partner is addressed as such whether the author chose their role or named them.
        var subjectPartnerAddressed = SubjectPartnersOf(item.Subject)
            .Any(partner => roles.Contains(partner.AsCaseRole())
                && (item.Audience.Roles.Contains(partner.AsCaseRole()) || item.Audience.People.Contains(reader.Person)));
        if (subjectPartnerAddressed)
        {
            return AccessVerdict.By(AccessRule.SubjectPartnerInAudience);
        }

        return inAudience
            ? ConsentVerdict(reader.Person, roles, item, state, now)
            : AccessVerdict.Because(DenialReason.NotInAudience);
    }

    /// <summary>The partners whose information an item is.</summary>
    public static IReadOnlyList<PartnerRole> SubjectPartnersOf(ItemSubject subject) => subject switch
    {
        ItemSubject.BetrayedPartner => [PartnerRole.BetrayedPartner],
        ItemSubject.InvolvedPartner => [PartnerRole.InvolvedPartner],
        ItemSubject.Couple => [PartnerRole.BetrayedPartner, PartnerRole.InvolvedPartner],
    };

    private static AccessVerdict AdministratorVerdict(ItemFacts item) =>
        item.Category == Category.Attendance
            ? AccessVerdict.By(AccessRule.AdministratorAttendance)
            : AccessVerdict.Because(DenialReason.AdministratorsSeeAttendanceOnly);

    /// <summary>
    /// Every subject partner who is neither the reader nor the author must have an authorization active now that
    /// covers this category and this reader. A partner writing about themself needs none: choosing the audience is
    /// their consent.
    /// </summary>
    private static AccessVerdict ConsentVerdict(PersonId reader, IReadOnlySet<CaseRole> roles, ItemFacts item, CaseAccessState state, Instant now)
    {
        var used = new List<AuthorizationId>();
        foreach (var partner in SubjectPartnersOf(item.Subject))
        {
            var partnerPerson = state.Partner(partner);
            if (partnerPerson == item.Author || partnerPerson == reader)
            {
                continue;
            }

            var covering = state.Authorizations
                .Where(a => a.CaseId == item.CaseId && a.Partner == partner && a.GrantedBy == partnerPerson && a.Covers(item.Category, reader, roles))
                .ToList();
            var active = covering.FirstOrDefault(a => a.IsActiveAt(now));
            if (active is null)
            {
                return AccessVerdict.Because(
                    covering.Any(a => a.IsRevokedAt(now)) ? DenialReason.AuthorizationRevoked
                    : covering.Any(a => a.Terms.ExpiresAt <= now) ? DenialReason.AuthorizationExpired
                    : DenialReason.NoAuthorization,
                    partner);
            }

            used.Add(active.Id);
        }

        return AccessVerdict.By(AccessRule.AudienceWithConsent, [.. used]);
    }

    private static bool IsWellFormed(ItemFacts item, CaseAccessState state) =>
        item.CaseId == state.CaseId
        && Enum.IsDefined(item.Category)
        && Enum.IsDefined(item.Subject)
        && item.Audience is { Roles: not null, People: not null };
}
