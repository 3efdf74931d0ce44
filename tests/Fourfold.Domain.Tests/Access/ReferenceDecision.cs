using Fourfold.Domain.Access;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Tests.Access;

/// <summary>
/// DESIGN.md section 3, written again from its text and nothing else: no helper of the product (not
/// <c>Authorization.Covers</c>, <c>IsActiveAt</c>, <c>Audience.Includes</c> nor <c>CaseAccessState.RolesOf</c>) is used,
/// so that a test judging the product by this answer can find the product's bugs instead of repeating them.
/// </summary>
internal static class ReferenceDecision
{
    /// <summary>What the rules say of one read: allowed by which rule and, for rule 6, which authorizations would do.</summary>
    public sealed record Answer(bool Allowed, AccessRule? Rule, bool ReaderIsOutsider, IReadOnlyList<IReadOnlySet<AuthorizationId>> ConsentChoices);

    public static Answer Decide(Reader reader, ItemFacts item, CaseAccessState state, Instant now)
    {
        var roles = state.ActiveRoles.TryGetValue(reader.Person, out var held) ? held : new HashSet<CaseRole>();
        var administers = reader.AdministersPractice is { } practice && practice == state.PracticeId;
        var outsider = roles.Count == 0 && !administers;

        // 1. A psychotherapy note: its holder alone, always.
        if (item.Category == Category.PsychotherapyNote)
        {
            return reader.Person == item.Holder ? Allow(AccessRule.PsychotherapyNoteHolder) : Deny(outsider);
        }

        // 2. The record holder and the author.
        if (reader.Person == item.Holder)
        {
            return Allow(AccessRule.RecordHolder);
        }

        if (reader.Person == item.Author)
        {
            return Allow(AccessRule.Author);
        }

        // 3. Neither a member nor the practice's administrator.
        if (outsider)
        {
            return Deny(outsider: true);
        }

        // 4. The practice's administrator (with no place on the team): attendance, nothing else.
        if (roles.Count == 0)
        {
            return item.Category == Category.Attendance ? Allow(AccessRule.AdministratorAttendance) : Deny(outsider: false);
        }

        // 5. A subject partner addressed in the audience: by their partner role, or by name.
        var subjectRoles = SubjectRoles(item.Subject);
        foreach (var subjectRole in subjectRoles)
        {
            if (roles.Contains(subjectRole) && (item.Audience.Roles.Contains(subjectRole) || item.Audience.People.Contains(reader.Person)))
            {
                return Allow(AccessRule.SubjectPartnerInAudience);
            }
        }

        // 6. Anyone else in the audience, by a role or by name, with every other subject partner's consent.
        var inAudience = item.Audience.People.Contains(reader.Person) || item.Audience.Roles.Any(role => roles.Contains(role));
        if (!inAudience)
        {
            return Deny(outsider: false);
        }

        var choices = new List<IReadOnlySet<AuthorizationId>>();
        foreach (var subjectRole in subjectRoles)
        {
            var partner = state.ActiveRoles.Where(pair => pair.Value.Contains(subjectRole)).Select(pair => (PersonId?)pair.Key).FirstOrDefault();
            if (partner == item.Author || partner == reader.Person)
            {
                continue;
            }

            var acceptable = state.Authorizations
                .Where(a => a.CaseId == item.CaseId
                    && a.GrantedBy == partner
                    && (a.Partner == PartnerRole.BetrayedPartner ? CaseRole.BetrayedPartner : CaseRole.InvolvedPartner) == subjectRole
                    && ActiveAt(a, now)
                    && a.Terms.Categories.Contains(item.Category)
                    && (a.Terms.RecipientPeople.Contains(reader.Person) || a.Terms.RecipientRoles.Any(role => roles.Contains(role))))
                .Select(a => a.Id)
                .ToHashSet();
            if (acceptable.Count == 0)
            {
                return Deny(outsider: false);
            }

            choices.Add(acceptable);
        }

        return new Answer(true, AccessRule.AudienceWithConsent, false, choices);
    }

    /// <summary>Signed at or before the instant, not yet expired, not revoked by then.</summary>
    public static bool ActiveAt(Authorization authorization, Instant now) =>
        authorization.SignedAt <= now
        && now < authorization.Terms.ExpiresAt
        && (authorization.RevokedAt is null || now < authorization.RevokedAt.Value);

    /// <summary>The terms name this category, and the reader by name or by one of their roles.</summary>
    public static bool Reaches(Authorization authorization, Category category, PersonId reader, IReadOnlySet<CaseRole> readerRoles) =>
        authorization.Terms.Categories.Contains(category)
        && (authorization.Terms.RecipientPeople.Contains(reader) || authorization.Terms.RecipientRoles.Any(role => readerRoles.Contains(role)));

    private static CaseRole[] SubjectRoles(ItemSubject subject) => subject switch
    {
        ItemSubject.BetrayedPartner => [CaseRole.BetrayedPartner],
        ItemSubject.InvolvedPartner => [CaseRole.InvolvedPartner],
        ItemSubject.Couple => [CaseRole.BetrayedPartner, CaseRole.InvolvedPartner],
        _ => [],
    };

    private static Answer Allow(AccessRule rule) => new(true, rule, false, []);

    private static Answer Deny(bool outsider) => new(false, null, outsider, []);
}
