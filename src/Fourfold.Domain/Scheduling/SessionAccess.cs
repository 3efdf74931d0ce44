using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;

namespace Fourfold.Domain.Scheduling;

/// <summary>
/// A session's time is attendance information about the partners in it, read through the one access decision. Each
/// person taking part holds the session in their own calendar, so the decision allows them as its holder; anyone
/// else on the team reads it as an attendance item about the partners who attend, written for the whole team: a
/// partner's individual session reaches others only with that partner's authorization covering attendance, and a
/// practice administrator sees attendance of their practice's cases.
/// </summary>
public static class SessionAccess
{
    private static readonly Audience WholeTeam = Audience.Of(Enum.GetValues<CaseRole>());

    public static ItemFacts FactsFor(Session session, PersonId reader)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new ItemFacts(session.Id.Value, session.CaseId, session.Includes(reader) ? reader : session.BookedBy, session.BookedBy,
            SubjectOf(session.Participants.Select(p => p.Role)), Category.Attendance, WholeTeam);
    }

    /// <summary>The partners who attend: both make it the couple's information.</summary>
    public static ItemSubject SubjectOf(IEnumerable<CaseRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var set = roles.ToHashSet();
        return (set.Contains(CaseRole.BetrayedPartner), set.Contains(CaseRole.InvolvedPartner)) switch
        {
            (true, true) => ItemSubject.Couple,
            (false, true) => ItemSubject.InvolvedPartner,
            _ => ItemSubject.BetrayedPartner,
        };
    }
}
