using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using NodaTime;
using NodaTime.Text;

namespace Fourfold.Domain.Authorizations;

/// <summary>The exact words a partner signs, rendered from the terms, and their SHA-256.</summary>
public static class AuthorizationText
{
    private static readonly LocalDatePattern LastDay = LocalDatePattern.Create("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// The text in the partner's own words, naming every recipient: a named person by name, a role by what it is to
    /// the partner and who holds it now (a role covers whoever holds it later too, and the text says so). The end date
    /// is written as the last day in the partner's own time zone.
    /// </summary>
    public static string Render(string partnerName, PartnerRole partner, AuthorizationTerms terms, IReadOnlyDictionary<People.PersonId, string> peopleNames,
        IReadOnlyDictionary<CaseRole, IReadOnlyList<string>> roleHolders, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(peopleNames);
        ArgumentNullException.ThrowIfNull(roleHolders);
        var recipients = terms.RecipientRoles.Select(role => RoleAsPartnerSaysIt(partner, role, roleHolders.GetValueOrDefault(role) ?? []))
            .Concat(terms.RecipientPeople.Select(p => peopleNames.GetValueOrDefault(p, "a person no longer on this case")))
            .ToList();
        var text = new StringBuilder()
            .Append("I, ").Append(partnerName).Append(", allow ").Append(Join(recipients)).Append(" to see these kinds of my information in Fourfold:\n");
        foreach (var category in terms.Categories)
        {
            text.Append("- ").Append(Describe(category)).Append('\n');
        }

        text.Append("For: ").Append(terms.Purpose).Append('\n')
            .Append("Until the end of ").Append(LastDay.Format((terms.ExpiresAt - Duration.Epsilon).InZone(zone).Date)).Append(" (").Append(zone.Id).Append(" time)")
            .Append(", unless I take it back earlier, which takes effect at once.\n");
        if (terms.RecipientRoles.Count > 0)
        {
            text.Append("Where I name a role, whoever holds it in this case may see this, now or later.\n");
        }

        text.Append("Psychotherapy notes are never released by this authorization unless it names them alone.");
        return text.ToString();
    }

    /// <summary>Who holds each role of a case now, by name, for <see cref="Render"/>.</summary>
    public static IReadOnlyDictionary<CaseRole, IReadOnlyList<string>> RoleHoldersOf(Case theCase)
    {
        ArgumentNullException.ThrowIfNull(theCase);
        return theCase.Memberships.Where(m => m.IsActive)
            .GroupBy(m => m.Role)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(m => m.DisplayName).ToList());
    }

    /// <summary>
    /// Every person on a case's team now, as the text names them when the partner names them: by name, with what they
    /// are to the partner ("Dr. Maya Lee (our couples therapist)"), for <see cref="Render"/>.
    /// </summary>
    public static IReadOnlyDictionary<People.PersonId, string> NamedRecipientsOf(Case theCase, PartnerRole partner)
    {
        ArgumentNullException.ThrowIfNull(theCase);
        return theCase.Memberships.Where(m => m.IsActive && m.PersonId is not null)
            .GroupBy(m => m.PersonId!.Value)
            .ToDictionary(g => g.Key, g => $"{g.First().DisplayName} ({Join([.. g.Select(m => RoleWords(partner, m.Role))])})");
    }

    /// <summary>A partner may name only people on the case's team now: a text naming anyone else could later cover them unseen.</summary>
    public static void CheckRecipientsAreOn(Case theCase, AuthorizationTerms terms)
    {
        ArgumentNullException.ThrowIfNull(theCase);
        ArgumentNullException.ThrowIfNull(terms);
        var team = theCase.Memberships.Where(m => m.IsActive && m.PersonId is not null).Select(m => m.PersonId!.Value).ToHashSet();
        if (terms.RecipientPeople.Any(person => !team.Contains(person)))
        {
            throw new DomainRuleViolation("Choose people on this case's team: someone named here is not on it.", "recipientPeople");
        }
    }

    private static string RoleAsPartnerSaysIt(PartnerRole partner, CaseRole role, IReadOnlyList<string> holders)
    {
        var what = RoleWords(partner, role);
        return holders.Count == 0 ? $"{what} (nobody yet)" : $"{what} (now {Join(holders)})";
    }

    private static string RoleWords(PartnerRole partner, CaseRole role) => role switch
    {
        _ when role == partner.SupportRole() => "my own therapist or coach",
        _ when role == partner.Other().SupportRole() => "my partner's therapist or coach",
        _ when role == partner.Other().AsCaseRole() => "my partner",
        _ when role == partner.AsCaseRole() => "myself",
        CaseRole.CouplesTherapist => "our couples therapist",
        _ => role.Describe().ToLower(CultureInfo.InvariantCulture),
    };

    private static string Join(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "nobody",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };

    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text ?? "")));

    public static string Describe(Category category) => category switch
    {
        Category.Attendance => "attendance (when sessions happen)",
        Category.PlanAndProgress => "recovery plan and progress",
        Category.AssessmentSummary => "assessment summaries",
        Category.SessionSummary => "session summaries",
        Category.ProgressNote => "progress notes",
        Category.DisclosureMaterial => "disclosure material",
        Category.AgreementsAndCheckIns => "agreements and check-ins",
        Category.PsychotherapyNote => "psychotherapy notes",
    };
}
