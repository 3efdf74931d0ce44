using Fourfold.Domain.Cases;
using Fourfold.Web.Features.Records;

namespace Fourfold.Web.Features.Sessions;

/// <summary>How a case's sessions pages name people and roles, the same in the list, on a card and in the search.</summary>
public static class SessionWords
{
    /// <summary>The partner's name, or their role in words where nobody holds it yet.</summary>
    public static string PartnerName(CaseReadContext context, PartnerRole partner)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Case.ActivePartner(partner) is { } member ? member.DisplayName : partner == PartnerRole.BetrayedPartner ? "The betrayed partner" : "The involved partner";
    }

    /// <summary>A partner reads the roles as what each person is to them; professionals read the roles.</summary>
    public static string RoleWords(CaseReadContext context, CaseRole role)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ReaderRoles.Select(r => r.AsPartnerRole()).FirstOrDefault(r => r is not null) is { } me
            ? Cases.PartnerWords.RoleAsSeenBy(me, role, profession: null)
            : role.Describe();
    }

    /// <summary>Who a change is emailed to: everyone taking part, the reader named last as "you".</summary>
    public static string ToldByEmail(CaseReadContext context, IEnumerable<(Guid Person, string Name)> people)
    {
        ArgumentNullException.ThrowIfNull(context);
        var viewer = context.Reader.Person.Value;
        var names = people.OrderBy(p => p.Person == viewer).Select(p => p.Person == viewer ? "you" : p.Name).ToList();
        return names.Count == 1 ? $"Everyone taking part is told by email: {names[0]}."
            : $"Everyone taking part is told by email: {string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}.";
    }
}
