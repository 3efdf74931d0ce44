using Fourfold.Domain.Cases;

namespace Fourfold.Domain.Scheduling;

/// <summary>The kinds of session a case holds; each brings its own participants.</summary>
public enum SessionKind
{
    /// <summary>One partner with their own therapist or coach.</summary>
    Individual = 1,

    /// <summary>Both partners with the couples therapist.</summary>
    Couple = 2,

    /// <summary>Both partners with their supports, and the couples therapist if the case has one.</summary>
    FourPerson = 3,

    /// <summary>One partner meets the other partner's therapist or coach.</summary>
    PartnerMeetsTherapist = 4,

    /// <summary>One partner alone with the couples therapist: counted against the individual-session policy.</summary>
    IndividualWithCouplesTherapist = 5,

    /// <summary>The involved partner's full therapeutic disclosure, with both partners' supports present.</summary>
    Disclosure = 6,

    /// <summary>The betrayed partner delivers their impact statement, with both partners' supports present.</summary>
    ImpactStatement = 7,
}

public static class SessionKinds
{
    /// <summary>Kinds held for one partner, who must be named when booking.</summary>
    public static bool IsForOnePartner(this SessionKind kind) =>
        kind is SessionKind.Individual or SessionKind.PartnerMeetsTherapist or SessionKind.IndividualWithCouplesTherapist;

    /// <summary>The roles that take part; <paramref name="partner"/> names the partner of a one-partner kind.</summary>
    public static IReadOnlyList<CaseRole> RolesFor(this SessionKind kind, PartnerRole? partner, bool caseHasCouplesTherapist, bool withTheirClient = false) => kind switch
    {
        SessionKind.Individual when partner is { } p => [p.AsCaseRole(), p.SupportRole()],
        SessionKind.PartnerMeetsTherapist when partner is { } p && withTheirClient => [p.AsCaseRole(), p.Other().AsCaseRole(), p.Other().SupportRole()],
        SessionKind.PartnerMeetsTherapist when partner is { } p => [p.AsCaseRole(), p.Other().SupportRole()],
        SessionKind.IndividualWithCouplesTherapist when partner is { } p => [p.AsCaseRole(), CaseRole.CouplesTherapist],
        SessionKind.Couple => [CaseRole.BetrayedPartner, CaseRole.InvolvedPartner, CaseRole.CouplesTherapist],
        SessionKind.FourPerson or SessionKind.Disclosure or SessionKind.ImpactStatement =>
        [
            CaseRole.BetrayedPartner, CaseRole.InvolvedPartner, CaseRole.SupportOfBetrayedPartner, CaseRole.SupportOfInvolvedPartner,
            .. caseHasCouplesTherapist ? new[] { CaseRole.CouplesTherapist } : [],
        ],
        _ => [],
    };

    public static string Describe(this SessionKind kind) => kind switch
    {
        SessionKind.Individual => "Individual session",
        SessionKind.Couple => "Couple session",
        SessionKind.FourPerson => "Four-person session",
        SessionKind.PartnerMeetsTherapist => "Partner meets the other partner's therapist",
        SessionKind.IndividualWithCouplesTherapist => "Individual session with the couples therapist",
        SessionKind.Disclosure => "Disclosure session",
        SessionKind.ImpactStatement => "Impact-statement session",
        _ => "Session",
    };
}
