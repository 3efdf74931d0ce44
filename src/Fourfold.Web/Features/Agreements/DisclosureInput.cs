using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Web.Features.Agreements;

/// <summary>The disclosure log form's fields.</summary>
public sealed class DisclosureInput
{
    public string? What { get; set; }

    public string? Details { get; set; }

    public DateOnly? HappenedOn { get; set; }

    public TimeOnly? HappenedAt { get; set; }

    public DateOnly? ToldOn { get; set; }

    public TimeOnly? ToldAt { get; set; }

    public bool ToldPartner { get; set; }

    public bool ToldOwnSupport { get; set; }

    public bool ToldCouplesTherapist { get; set; }

    public bool ToldSupportPerson { get; set; }

    public Guid? CommitmentId { get; set; }

    public bool PartnerKnows { get; set; }

    public bool ForSupportOfBetrayedPartner { get; set; }

    public bool ForSupportOfInvolvedPartner { get; set; }

    public bool ForCouplesTherapist { get; set; }

    public DisclosureDraft ToDraft(bool discovered) => new(
        What,
        Details,
        HappenedOn is { } happened ? LocalDate.FromDateOnly(happened) : null,
        ToldOn is { } told ? LocalDate.FromDateOnly(told) : null,
        new (bool Chosen, CommitmentRecipient Recipient)[]
        {
            (ToldPartner, CommitmentRecipient.Partner),
            (ToldOwnSupport, CommitmentRecipient.OwnSupport),
            (ToldCouplesTherapist, CommitmentRecipient.CouplesTherapist),
            (ToldSupportPerson, CommitmentRecipient.SupportPerson),
        }.Where(choice => choice.Chosen).Select(choice => choice.Recipient).ToList(),
        CommitmentId is { } commitment ? ItemId.From(commitment) : null,
        discovered,
        PartnerKnows,
        new (bool Chosen, CaseRole Role)[]
        {
            (ForSupportOfBetrayedPartner, CaseRole.SupportOfBetrayedPartner),
            (ForSupportOfInvolvedPartner, CaseRole.SupportOfInvolvedPartner),
            (ForCouplesTherapist, CaseRole.CouplesTherapist),
        }.Where(choice => choice.Chosen).Select(choice => choice.Role).ToList(),
        HappenedAt is { } happenedAt ? LocalTime.FromTimeOnly(happenedAt) : null,
        ToldAt is { } toldAt ? LocalTime.FromTimeOnly(toldAt) : null);
}
