using Microsoft.AspNetCore.Authorization;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// The access requirements a page or endpoint can declare. Anything that declares none gets <see cref="Member"/> through
/// the fallback policy, so a forgotten declaration fails closed.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Signed in, with a second factor where the person's kind requires one.</summary>
    public const string Member = "member";

    /// <summary>Signed in with a password only: enough to enrol an authenticator and to sign out.</summary>
    public const string SignedIn = "signed-in";

    internal static void Add(AuthorizationBuilder authorization)
    {
        var member = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new SecondFactorRequirement())
            .Build();
        authorization.AddPolicy(Member, member);
        authorization.SetFallbackPolicy(member);
        authorization.SetDefaultPolicy(member);
        authorization.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
    }
}
