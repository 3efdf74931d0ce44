using System.Globalization;
using System.Security.Claims;
using Fourfold.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Adds the person's kind to their sign-in, so the second-factor rule can be checked without a database read, and the
/// time of signing in, from which the absolute timeout of a chain of refreshed bearer tokens is counted.
/// </summary>
internal sealed class FourfoldClaimsFactory(UserManager<FourfoldUser> userManager, IOptions<IdentityOptions> options, IClock clock)
    : UserClaimsPrincipalFactory<FourfoldUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(FourfoldUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FourfoldClaims.Kind, user.Kind.ToString()));
        identity.AddClaim(new Claim(FourfoldClaims.SignedInAt, clock.GetCurrentInstant().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        return identity;
    }
}
