using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Web.Infrastructure.Time;
using NodaTime;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>Turns a partner's draft into terms and the exact text they will sign.</summary>
public static class AuthorizationDrafts
{
    public static readonly Period LongestTerm = Period.FromYears(5);

    public static AuthorizationDraft StandardTeam(PartnerRole partner, LocalDate today)
    {
        var terms = AuthorizationTerms.StandardTeam(partner, Instant.MinValue + Duration.FromDays(1));
        return new AuthorizationDraft(terms.RecipientRoles, terms.RecipientPeople, terms.Categories, terms.Purpose, today.PlusYears(1));
    }

    /// <summary>The terms of a draft: it runs until the end of its last day in the partner's own time zone.</summary>
    public static AuthorizationTerms Terms(AuthorizationDraft draft, string zoneId, Instant now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var zone = LocalTimes.ZoneOrUtc(zoneId);
        var today = now.InZone(zone).Date;
        if (draft.LastDay < today)
        {
            throw new DomainRuleViolation("Choose a last day from today on.");
        }

        if (draft.LastDay > today.Plus(LongestTerm))
        {
            throw new DomainRuleViolation("An authorization can last at most five years; you can sign a new one later.");
        }

        var expiresAt = draft.LastDay.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
        return new AuthorizationTerms(draft.RecipientRoles, draft.RecipientPeople, draft.Categories, draft.Purpose, expiresAt);
    }

    public static string Text(AuthorizationContext context, PartnerRole partner, AuthorizationTerms terms)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(terms);
        AuthorizationText.CheckRecipientsAreOn(context.Case, terms);
        return AuthorizationText.Render(context.ReaderName, partner, terms, AuthorizationText.NamedRecipientsOf(context.Case, partner),
            AuthorizationText.RoleHoldersOf(context.Case), LocalTimes.ZoneOrUtc(context.ReaderZone));
    }
}
