using Fourfold.Domain.Common;

namespace Fourfold.Domain.Policies;

/// <summary>Whether, how many and what kind of individual sessions each partner may have with the couples therapist.</summary>
public sealed record IndividualSessionPolicy
{
    public const int MaxSessionsPerPartnerLimit = 52;

    private IndividualSessionPolicy()
    {
    }

    public bool IsAllowed { get; private init; }

    /// <summary>How many individual sessions each partner may have in total; zero when not allowed.</summary>
    public int MaxSessionsPerPartner { get; private init; }

    public IndividualSessionScope Scope { get; private init; }

    public static IndividualSessionPolicy NotOffered { get; } = new() { IsAllowed = false, Scope = IndividualSessionScope.AssessmentOnly };

    public static IndividualSessionPolicy Offered(int maxSessionsPerPartner, IndividualSessionScope scope)
    {
        if (maxSessionsPerPartner is < 1 or > MaxSessionsPerPartnerLimit)
        {
            throw new DomainRuleViolation($"Individual sessions per partner must be between 1 and {MaxSessionsPerPartnerLimit}.");
        }

        return new IndividualSessionPolicy { IsAllowed = true, MaxSessionsPerPartner = maxSessionsPerPartner, Scope = scope };
    }
}
