using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Agreements;

/// <summary>One step of an agreement's history: a proposal with its terms, or an answer to one.</summary>
public sealed class AgreementTurn
{
    private AgreementTurn()
    {
        TellWhom = [];
    }

    internal AgreementTurn(int number, AgreementMove move, int version, PersonId by, Instant at, AgreementTerms terms)
    {
        Number = number;
        Move = move;
        Version = version;
        By = by;
        At = at;
        ReviewOn = terms.ReviewOn;
        Tier = terms.Tier;
        TellWhom = [.. terms.TellWhom];
        WithinHours = terms.WithinHours;
    }

    public int Number { get; private set; }

    public AgreementMove Move { get; private set; }

    /// <summary>The version of the agreement's words this turn proposed or answered.</summary>
    public int Version { get; private set; }

    public PersonId By { get; private set; }

    public Instant At { get; private set; }

    public LocalDate? ReviewOn { get; private set; }

    public int? Tier { get; private set; }

    public List<CommitmentRecipient> TellWhom { get; private set; }

    public int? WithinHours { get; private set; }

    public AgreementTerms Terms => new(ReviewOn, Tier, TellWhom, WithinHours);
}

public enum AgreementMove
{
    Requested = 1,
    Agreed = 2,
    Discuss = 3,
    Countered = 4,
    ChangeProposed = 5,

    /// <summary>The partner whose proposal was on the table took it back.</summary>
    Withdrawn = 6,

    /// <summary>A partner proposed to set aside the agreement in force.</summary>
    RetirementProposed = 7,

    /// <summary>The other partner agreed to set it aside.</summary>
    Retired = 8,
}
