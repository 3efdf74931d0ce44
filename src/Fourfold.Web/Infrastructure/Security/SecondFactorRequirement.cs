using Fourfold.Domain.People;
using Microsoft.AspNetCore.Authorization;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>Professionals and administrators reach client data only on a session that passed a second factor.</summary>
internal sealed class SecondFactorRequirement : AuthorizationHandler<SecondFactorRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SecondFactorRequirement requirement)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return Task.CompletedTask;
        }

        var kind = Enum.TryParse<PersonKind>(user.FindFirst(FourfoldClaims.Kind)?.Value, out var parsed) ? parsed : (PersonKind?)null;
        var passedSecondFactor = user.HasClaim(FourfoldClaims.AuthenticationMethod, FourfoldClaims.MultiFactor);
        if (kind is { } known && (!known.MustUseSecondFactor() || passedSecondFactor))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
