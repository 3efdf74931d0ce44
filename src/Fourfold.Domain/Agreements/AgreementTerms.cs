using NodaTime;

namespace Fourfold.Domain.Agreements;

/// <summary>
/// What a proposal settles beyond its words: when to look at it again, and by kind, the tier of a relapse definition
/// (1 the mildest) or whom a disclosure commitment tells and how soon.
/// </summary>
public sealed record AgreementTerms(LocalDate? ReviewOn, int? Tier, IReadOnlyList<CommitmentRecipient> TellWhom, int? WithinHours)
{
    public static AgreementTerms None { get; } = new(null, null, [], null);
}
