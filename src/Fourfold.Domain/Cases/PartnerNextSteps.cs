using NodaTime;

namespace Fourfold.Domain.Cases;

/// <summary>What a partner can usefully do next in their case, in the order it matters, from what the case says today.</summary>
public enum PartnerNextStep
{
    /// <summary>The couples therapist's policies wait for this partner's acknowledgement before any joint session.</summary>
    AcknowledgeCouplesPolicies = 1,

    /// <summary>Nobody supports this partner individually, and nobody has been invited to.</summary>
    FindIndividualSupport = 2,

    /// <summary>This partner has no authorization in force: their team sees only what they write for it themselves.</summary>
    ChooseWhatToShare = 3,

    /// <summary>A session this partner takes part in is booked.</summary>
    ComeToTheNextSession = 4,
}

public static class PartnerNextSteps
{
    /// <summary>The steps that apply to <paramref name="partner"/> now; an empty list when everything is in place and nothing is booked.</summary>
    public static IReadOnlyList<PartnerNextStep> For(Case theCase, PartnerRole partner, bool hasAuthorizationInForce, bool hasSessionToCome, Instant now)
    {
        ArgumentNullException.ThrowIfNull(theCase);
        var steps = new List<PartnerNextStep>();
        if (theCase.HasCouplesTherapist && theCase.CouplesPolicy is not null && !theCase.HasAcknowledgedPolicyInForce(partner))
        {
            steps.Add(PartnerNextStep.AcknowledgeCouplesPolicies);
        }

        var support = partner.SupportRole();
        if (!theCase.Memberships.Any(m => m.Role == support && (m.IsActive || m.IsOpenInvitation(now))))
        {
            steps.Add(PartnerNextStep.FindIndividualSupport);
        }

        if (!hasAuthorizationInForce)
        {
            steps.Add(PartnerNextStep.ChooseWhatToShare);
        }

        if (hasSessionToCome)
        {
            steps.Add(PartnerNextStep.ComeToTheNextSession);
        }

        return steps;
    }
}
