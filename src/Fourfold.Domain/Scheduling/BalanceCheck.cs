using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Scheduling;

/// <summary>
/// One partner's short answer after a joint session: did they feel heard, was there enough time, did the session work
/// on what mattered to them, each from 0 to 10. It is the partner's own information, written for the couples
/// therapist: the access decision lets the therapist read it (the partner chose them) and nobody else on the team.
/// </summary>
public sealed class BalanceCheck : ICaseScoped
{
    public const int Lowest = 0;
    public const int Highest = 10;

    private BalanceCheck()
    {
    }

    public Guid Id { get; private set; }

    public CaseId CaseId { get; private set; }

    public SessionId SessionId { get; private set; }

    /// <summary>When the session started: the answers' place on a trend.</summary>
    public Instant SessionStart { get; private set; }

    public PartnerRole Partner { get; private set; }

    public PersonId AnsweredBy { get; private set; }

    public Instant AnsweredAt { get; private set; }

    public int FeltHeard { get; private set; }

    public int EnoughTime { get; private set; }

    public int WorkedOnWhatMattered { get; private set; }

    public double Average => (FeltHeard + EnoughTime + WorkedOnWhatMattered) / 3.0;

    public ItemFacts Facts => new(Id, CaseId, AnsweredBy, AnsweredBy, (Partner == PartnerRole.BetrayedPartner ? ItemSubject.BetrayedPartner : ItemSubject.InvolvedPartner), Category.AgreementsAndCheckIns, Audience.Of(CaseRole.CouplesTherapist));

    /// <summary>Kinds after which the partners are asked: both were in the room with the couples therapist.</summary>
    public static bool FollowsKind(SessionKind kind) => kind is SessionKind.Couple or SessionKind.FourPerson;

    /// <summary>The partner's answer to a joint session that has started; each partner answers once.</summary>
    public static BalanceCheck Answer(Session session, PersonId partner, int feltHeard, int enoughTime, int workedOnWhatMattered, Instant now)
    {
        ArgumentNullException.ThrowIfNull(session);
        var role = session.Participants.FirstOrDefault(p => p.Person == partner)?.Role;
        if (role is not (CaseRole.BetrayedPartner or CaseRole.InvolvedPartner) || !FollowsKind(session.Kind) || !session.IsBooked || now < session.Start)
        {
            throw new DomainRuleViolation("A balance check follows a joint session that has started, answered by a partner who took part.");
        }

        if (new[] { feltHeard, enoughTime, workedOnWhatMattered }.Any(v => v is < Lowest or > Highest))
        {
            throw new DomainRuleViolation($"Each answer is from {Lowest} to {Highest}.");
        }

        return new BalanceCheck
        {
            Id = Guid.CreateVersion7(now.ToDateTimeOffset()),
            CaseId = session.CaseId,
            SessionId = session.Id,
            SessionStart = session.Start,
            Partner = role == CaseRole.BetrayedPartner ? PartnerRole.BetrayedPartner : PartnerRole.InvolvedPartner,
            AnsweredBy = partner,
            AnsweredAt = now,
            FeltHeard = feltHeard,
            EnoughTime = enoughTime,
            WorkedOnWhatMattered = workedOnWhatMattered,
        };
    }
}
