using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;

namespace Fourfold.Web.Features.Records;

/// <summary>How items are described to the people reading them.</summary>
public static class ItemWording
{
    public static string Subject(ItemSubject subject, CaseReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return subject switch
        {
            ItemSubject.Couple => "the couple",
            ItemSubject.BetrayedPartner => PartnerName(PartnerRole.BetrayedPartner, context, "the betrayed partner"),
            ItemSubject.InvolvedPartner => PartnerName(PartnerRole.InvolvedPartner, context, "the involved partner"),
        };
    }

    /// <summary>Whom an item is about, as the reader is addressed everywhere else: a partner reads "you", not their role.</summary>
    public static string SubjectForReader(ItemSubject subject, CaseReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AccessDecision.SubjectPartnersOf(subject) is [var partner] && context.State.Partner(partner) == context.Reader.Person
            ? "you"
            : Subject(subject, context);
    }

    /// <summary>The audience as a list of roles, with the names of the people who hold them, then the people named.</summary>
    public static string Audience(IReadOnlyList<CaseRole> roles, IReadOnlyList<Guid> people, CaseReadContext context)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(context);
        var parts = roles.Order().Select(role => RoleWithNames(role, context))
            .Concat(people.Select(person => $"{context.NameOf(PersonId.From(person))} by name"))
            .ToList();
        return parts.Count == 0 ? "its holder only" : string.Join(", ", parts);
    }

    public static string RoleWithNames(CaseRole role, CaseReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var holders = context.State.ActiveRoles.Where(pair => pair.Value.Contains(role)).Select(pair => context.NameOf(pair.Key)).Order(StringComparer.Ordinal).ToList();
        return holders.Count == 0 ? role.Describe() : $"{role.Describe()} ({string.Join(", ", holders)})";
    }

    public static string Policy(ConfidentialityPolicy policy) => policy switch
    {
        ConfidentialityPolicy.NoSecrets => "no-secrets policy",
        ConfidentialityPolicy.Discretion => "therapist's-discretion policy",
        ConfidentialityPolicy.Confidential => "confidential policy",
    };

    /// <summary>"Visible to you and Jordan Blake": the reader is "you" here as in the list it summarises.</summary>
    public static string VisibleTo(IReadOnlyList<VisibilityLine> lines, PersonId reader)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var names = lines.Where(l => l.CanSee).OrderByDescending(l => l.Person == reader).Select(l => l.Person == reader ? "you" : l.Name).ToList();
        return names.Count switch
        {
            0 => "Visible to no one on the team",
            1 => $"Visible to {names[0]} only",
            _ => $"Visible to {string.Join(", ", names[..^1])} and {names[^1]}",
        };
    }

    /// <summary>
    /// The people an item was written for who cannot read it, with the reason: an author learns at once that the
    /// audience they chose still waits on a partner's authorization, instead of reading "written for" as "read by".
    /// </summary>
    public static IReadOnlyList<VisibilityLine> WrittenForButNotVisibleTo(ItemView item, IReadOnlyList<VisibilityLine> lines)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(lines);
        return lines
            .Where(l => !l.CanSee && (l.Roles.Any(item.AudienceRoles.Contains) || item.AudiencePeople.Contains(l.Person.Value)))
            .ToList();
    }

    private static string PartnerName(PartnerRole partner, CaseReadContext context, string fallback) =>
        context.State.Partner(partner) is { } person ? $"{context.NameOf(person)} ({fallback[4..]})" : fallback;
}
