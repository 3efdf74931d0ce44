using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using NodaTime;
using NodaTime.Text;

namespace Fourfold.Domain.Authorizations;

/// <summary>The exact words a partner signs, rendered from the terms, and their SHA-256.</summary>
public static class AuthorizationText
{
    private static readonly LocalDatePattern LastDay = LocalDatePattern.Create("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The text, with the end date written as the last day in the partner's own time zone.</summary>
    public static string Render(string partnerName, PartnerRole partner, AuthorizationTerms terms, IReadOnlyDictionary<People.PersonId, string> peopleNames, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(peopleNames);
        var recipients = terms.RecipientRoles.Select(r => r.Describe().ToLower(CultureInfo.InvariantCulture))
            .Concat(terms.RecipientPeople.Select(p => peopleNames.GetValueOrDefault(p, "a named person")));
        var text = new StringBuilder()
            .Append("I, ").Append(partnerName).Append(", the ").Append(partner.AsCaseRole().Describe().ToLower(CultureInfo.InvariantCulture)).Append(" in this case, ")
            .Append("allow these people to see these kinds of my information in Fourfold.\n")
            .Append("Who: ").Append(string.Join("; ", recipients)).Append(".\n")
            .Append("What: ").Append(string.Join("; ", terms.Categories.Select(Describe))).Append(".\n")
            .Append("Why: ").Append(terms.Purpose).Append('\n')
            .Append("Until: the end of ").Append(LastDay.Format((terms.ExpiresAt - Duration.Epsilon).InZone(zone).Date)).Append(" (").Append(zone.Id).Append(" time)")
            .Append(", unless I revoke it earlier, which takes effect at once.\n")
            .Append("Psychotherapy notes are never released by this authorization unless it names them alone.");
        return text.ToString();
    }

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
