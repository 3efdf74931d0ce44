using Fourfold.Domain.Cases;

namespace Fourfold.Web.Features.Accountability;

/// <summary>A form's ticks for the team roles that read what it saves.</summary>
public abstract class TeamRoleTicks
{
    public bool ForBetrayedPartner { get; set; }

    public bool ForInvolvedPartner { get; set; }

    public bool ForSupportOfBetrayedPartner { get; set; }

    public bool ForSupportOfInvolvedPartner { get; set; }

    public bool ForCouplesTherapist { get; set; }

    public IReadOnlyList<CaseRole> Ticked() =>
    [
        .. new (bool Chosen, CaseRole Role)[]
        {
            (ForBetrayedPartner, CaseRole.BetrayedPartner),
            (ForInvolvedPartner, CaseRole.InvolvedPartner),
            (ForSupportOfBetrayedPartner, CaseRole.SupportOfBetrayedPartner),
            (ForSupportOfInvolvedPartner, CaseRole.SupportOfInvolvedPartner),
            (ForCouplesTherapist, CaseRole.CouplesTherapist),
        }.Where(tick => tick.Chosen).Select(tick => tick.Role),
    ];

    /// <summary>The name of the property that ticks <paramref name="role"/>, for the form's field.</summary>
    public static string FieldOf(CaseRole role) => role switch
    {
        CaseRole.BetrayedPartner => nameof(ForBetrayedPartner),
        CaseRole.InvolvedPartner => nameof(ForInvolvedPartner),
        CaseRole.SupportOfBetrayedPartner => nameof(ForSupportOfBetrayedPartner),
        CaseRole.SupportOfInvolvedPartner => nameof(ForSupportOfInvolvedPartner),
        CaseRole.CouplesTherapist => nameof(ForCouplesTherapist),
    };
}
