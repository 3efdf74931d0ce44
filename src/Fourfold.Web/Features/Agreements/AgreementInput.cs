using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using NodaTime;

namespace Fourfold.Web.Features.Agreements;

/// <summary>A proposal's fields as the forms post them; the domain checks them field by field, so the messages are the same everywhere.</summary>
public sealed class AgreementInput
{
    public string? Title { get; set; }

    public string? Body { get; set; }

    public DateOnly? ReviewOn { get; set; }

    public int? Tier { get; set; }

    public bool TellPartner { get; set; }

    public bool TellOwnSupport { get; set; }

    public bool TellCouplesTherapist { get; set; }

    public bool TellSupportPerson { get; set; }

    public int? WithinHours { get; set; }

    public bool ForSupportOfBetrayedPartner { get; set; }

    public bool ForSupportOfInvolvedPartner { get; set; }

    public bool ForCouplesTherapist { get; set; }

    /// <summary>The version of the proposal the partner read.</summary>
    public int Version { get; set; }

    public AgreementDraft ToDraft(AgreementKind kind) => new(
        kind,
        Title,
        Body,
        ReviewOn is { } day ? LocalDate.FromDateOnly(day) : null,
        new (bool Chosen, CaseRole Role)[]
        {
            (ForSupportOfBetrayedPartner, CaseRole.SupportOfBetrayedPartner),
            (ForSupportOfInvolvedPartner, CaseRole.SupportOfInvolvedPartner),
            (ForCouplesTherapist, CaseRole.CouplesTherapist),
        }.Where(choice => choice.Chosen).Select(choice => choice.Role).ToList(),
        Tier,
        new (bool Chosen, CommitmentRecipient Recipient)[]
        {
            (TellPartner, CommitmentRecipient.Partner),
            (TellOwnSupport, CommitmentRecipient.OwnSupport),
            (TellCouplesTherapist, CommitmentRecipient.CouplesTherapist),
            (TellSupportPerson, CommitmentRecipient.SupportPerson),
        }.Where(choice => choice.Chosen).Select(choice => choice.Recipient).ToList(),
        WithinHours);

    /// <summary>The form filled with what is on the table now, to be changed into one's own version.</summary>
    public static AgreementInput From(AgreementView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var terms = view.Agreement.Terms;
        var audience = view.Words.AudienceRoles;
        return new AgreementInput
        {
            Title = view.Words.Title,
            Body = view.Words.Body,
            ReviewOn = terms.ReviewOn?.ToDateOnly(),
            Tier = terms.Tier,
            TellPartner = terms.TellWhom.Contains(CommitmentRecipient.Partner),
            TellOwnSupport = terms.TellWhom.Contains(CommitmentRecipient.OwnSupport),
            TellCouplesTherapist = terms.TellWhom.Contains(CommitmentRecipient.CouplesTherapist),
            TellSupportPerson = terms.TellWhom.Contains(CommitmentRecipient.SupportPerson),
            WithinHours = terms.WithinHours,
            ForSupportOfBetrayedPartner = audience.Contains(CaseRole.SupportOfBetrayedPartner),
            ForSupportOfInvolvedPartner = audience.Contains(CaseRole.SupportOfInvolvedPartner),
            ForCouplesTherapist = audience.Contains(CaseRole.CouplesTherapist),
            Version = view.Agreement.Version,
        };
    }
}
