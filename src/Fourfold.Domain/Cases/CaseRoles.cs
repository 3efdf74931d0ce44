namespace Fourfold.Domain.Cases;

public static class CaseRoles
{
    public static bool IsPartner(this CaseRole role) => role.AsPartnerRole() is not null;

    public static bool IsProfessional(this CaseRole role) => !role.IsPartner();

    public static PartnerRole? AsPartnerRole(this CaseRole role) => role switch
    {
        CaseRole.BetrayedPartner => PartnerRole.BetrayedPartner,
        CaseRole.InvolvedPartner => PartnerRole.InvolvedPartner,
        CaseRole.SupportOfBetrayedPartner or CaseRole.SupportOfInvolvedPartner or CaseRole.CouplesTherapist => null,
    };

    /// <summary>The partner an individual support works with; null for partners and the couples therapist.</summary>
    public static PartnerRole? SupportedPartner(this CaseRole role) => role switch
    {
        CaseRole.SupportOfBetrayedPartner => PartnerRole.BetrayedPartner,
        CaseRole.SupportOfInvolvedPartner => PartnerRole.InvolvedPartner,
        CaseRole.BetrayedPartner or CaseRole.InvolvedPartner or CaseRole.CouplesTherapist => null,
    };

    public static CaseRole AsCaseRole(this PartnerRole partner) => partner switch
    {
        PartnerRole.BetrayedPartner => CaseRole.BetrayedPartner,
        PartnerRole.InvolvedPartner => CaseRole.InvolvedPartner,
    };

    public static CaseRole SupportRole(this PartnerRole partner) => partner switch
    {
        PartnerRole.BetrayedPartner => CaseRole.SupportOfBetrayedPartner,
        PartnerRole.InvolvedPartner => CaseRole.SupportOfInvolvedPartner,
    };

    public static PartnerRole Other(this PartnerRole partner) => partner switch
    {
        PartnerRole.BetrayedPartner => PartnerRole.InvolvedPartner,
        PartnerRole.InvolvedPartner => PartnerRole.BetrayedPartner,
    };

    /// <summary>The role as a sentence names it: "invited you as the betrayed partner".</summary>
    public static string DescribeInSentence(this CaseRole role) => role switch
    {
        CaseRole.BetrayedPartner => "the betrayed partner",
        CaseRole.InvolvedPartner => "the involved partner",
        CaseRole.SupportOfBetrayedPartner => "individual support of the betrayed partner",
        CaseRole.SupportOfInvolvedPartner => "individual support of the involved partner",
        CaseRole.CouplesTherapist => "the couples therapist",
    };

    /// <summary>The role's name as the team reads it.</summary>
    public static string Describe(this CaseRole role) => role switch
    {
        CaseRole.BetrayedPartner => "Betrayed partner",
        CaseRole.InvolvedPartner => "Involved partner",
        CaseRole.SupportOfBetrayedPartner => "Support of the betrayed partner",
        CaseRole.SupportOfInvolvedPartner => "Support of the involved partner",
        CaseRole.CouplesTherapist => "Couples therapist",
    };
}
