using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Authorizations;

/// <summary>
/// What a partner is asked to sign: who may see which categories of their information, why, and until when.
/// Validated on creation: at least one recipient and one category, a purpose, an expiry, and psychotherapy notes never
/// bundled with anything else.
/// </summary>
public sealed record AuthorizationTerms
{
    public const int MaxPurposeLength = 300;

    private AuthorizationTerms()
    {
        RecipientRoles = [];
        RecipientPeople = [];
        Categories = [];
        Purpose = "";
    }

    public AuthorizationTerms(IEnumerable<CaseRole> recipientRoles, IEnumerable<PersonId> recipientPeople, IEnumerable<Category> categories, string purpose, Instant expiresAt)
    {
        RecipientRoles = recipientRoles.Distinct().Order().ToList();
        RecipientPeople = recipientPeople.Distinct().OrderBy(p => p.Value).ToList();
        Categories = categories.Distinct().Order().ToList();
        Purpose = (purpose ?? "").Trim();
        ExpiresAt = expiresAt;

        if (RecipientRoles.Any(role => !Enum.IsDefined(role)))
        {
            throw new DomainRuleViolation("Choose recipients from the roles of the case.");
        }

        if (RecipientRoles.Count == 0 && RecipientPeople.Count == 0)
        {
            throw new DomainRuleViolation("Choose at least one person or role who may see your information.");
        }

        if (Categories.Count == 0 || Categories.Any(c => !Enum.IsDefined(c)))
        {
            throw new DomainRuleViolation("Choose at least one kind of information to share.");
        }

        if (Categories.Contains(Category.PsychotherapyNote) && Categories.Count > 1)
        {
            throw new DomainRuleViolation("Psychotherapy notes cannot be released together with other information; they need an authorization of their own.");
        }

        if (Purpose.Length is 0 or > MaxPurposeLength)
        {
            throw new DomainRuleViolation($"Say in at most {MaxPurposeLength} characters what the information is for.");
        }
    }

    public IReadOnlyList<CaseRole> RecipientRoles { get; private init; }

    public IReadOnlyList<PersonId> RecipientPeople { get; private init; }

    public IReadOnlyList<Category> Categories { get; private init; }

    public string Purpose { get; private init; }

    /// <summary>Exclusive end of the authorization's validity.</summary>
    public Instant ExpiresAt { get; private init; }

    /// <summary>
    /// The standard team authorization: the partner's own support, the other partner's support and the couples
    /// therapist may see what coordinated care needs, for a year. Progress and psychotherapy notes stay out.
    /// </summary>
    public static AuthorizationTerms StandardTeam(PartnerRole partner, Instant now) =>
        new(
            [partner.SupportRole(), partner.Other().SupportRole(), CaseRole.CouplesTherapist],
            [],
            [Category.Attendance, Category.PlanAndProgress, Category.AssessmentSummary, Category.SessionSummary, Category.DisclosureMaterial, Category.AgreementsAndCheckIns],
            "Coordinated care of our recovery work by my care team",
            now + Duration.FromDays(365));
}
