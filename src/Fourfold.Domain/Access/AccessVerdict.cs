using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;

namespace Fourfold.Domain.Access;

/// <summary>The answer of <see cref="AccessDecision.Decide"/>: allowed by a rule (through authorizations where needed), or denied with a reason.</summary>
public abstract record AccessVerdict
{
    private AccessVerdict()
    {
    }

    public abstract bool IsAllowed { get; }

    public sealed record Allowed(AccessRule Rule, IReadOnlyList<AuthorizationId> Authorizations) : AccessVerdict
    {
        public override bool IsAllowed => true;
    }

    /// <summary>
    /// Every denial is answered as "not found" outside the domain, so that nobody learns an item exists. For a missing,
    /// revoked or expired authorization, <paramref name="Partner"/> is the partner whose consent is missing.
    /// </summary>
    public sealed record Denied(DenialReason Reason, PartnerRole? Partner = null) : AccessVerdict
    {
        public override bool IsAllowed => false;
    }

    internal static Allowed By(AccessRule rule, params AuthorizationId[] authorizations) => new(rule, authorizations);

    internal static Denied Because(DenialReason reason, PartnerRole? partner = null) => new(reason, partner);
}
