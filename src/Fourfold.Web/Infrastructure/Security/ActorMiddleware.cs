using System.Security.Claims;
using Fourfold.Data;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Tells the database whom it works for in this request: the signed-in person and the cases they may reach. A session
/// still missing its required second factor reaches no case at all. A sign-in whose security stamp is no longer the
/// account's (signed out, password or second factor changed, removed from a care team), or whose account is turned off, is treated as anonymous from
/// this very request on, whether it came as a cookie or a bearer token: the stamp is read with the person's row, which
/// every request reads anyway, and so is the version of the person's places on teams, which says whether the list of
/// their cases kept from an earlier request still holds.
/// </summary>
internal sealed class ActorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, FourfoldDbContext db, DatabaseSettings database, DataActor actor, IAuthorizationService authorization, IOptions<IdentityOptions> identity, ReachableCasesKept reachable)
    {
        var principal = context.User;
        var isStaticAsset = context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
        if (!isStaticAsset
            && principal.Identity?.IsAuthenticated == true
            && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            // A signed-in request makes several reads; on SQLite one connection for all of them spares a trip through the
            // pool's lock for each. Not on PostgreSQL, whose pool is bounded: a request holding its connection while it
            // waits for the audit writer could leave the writer none.
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                await db.Database.OpenConnectionAsync(context.RequestAborted);
            }

            var person = PersonId.From(userId);
            var user = await db.Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new { u.Kind, u.PracticeId, u.SecurityStamp, u.DisabledAt, u.CasesVersion })
                .SingleOrDefaultAsync(context.RequestAborted);
            var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
            if (user is null || user.DisabledAt is not null || string.IsNullOrEmpty(stamp) || !string.Equals(stamp, user.SecurityStamp, StringComparison.Ordinal))
            {
                await EndStaleSessionAsync(context);
            }
            else if ((await authorization.AuthorizeAsync(principal, AccessPolicies.Member)).Succeeded)
            {
                var cases = user.Kind == PersonKind.PracticeAdministrator ? null : reachable.Find(person, user.CasesVersion);
                if (cases is null)
                {
                    cases = await db.ReachableCasesAsync(person, user.Kind, user.PracticeId, context.RequestAborted);
                    if (user.Kind != PersonKind.PracticeAdministrator)
                    {
                        reachable.Keep(person, user.CasesVersion, cases);
                    }
                }

                actor.SignIn(person, user.Kind, user.PracticeId, cases);
            }
        }

        await next(context);
    }

    private static async Task EndStaleSessionAsync(HttpContext context)
    {
        context.User = new ClaimsPrincipal(new ClaimsIdentity());
        if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
