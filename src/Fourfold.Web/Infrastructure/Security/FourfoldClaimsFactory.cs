using System.Security.Claims;
using Fourfold.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>Adds the person's kind to their sign-in, so the second-factor rule can be checked without a database read.</summary>
internal sealed class FourfoldClaimsFactory(UserManager<FourfoldUser> userManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<FourfoldUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(FourfoldUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FourfoldClaims.Kind, user.Kind.ToString()));
        return identity;
    }
}
