using System.Security.Claims;
using Fourfold.Data;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Tells the database whom it works for in this request: the signed-in person and the cases they may reach. A session
/// still missing its required second factor reaches no case at all.
/// </summary>
internal sealed class ActorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, FourfoldDbContext db, DataActor actor, IAuthorizationService authorization)
    {
        var principal = context.User;
        var isStaticAsset = context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
        if (!isStaticAsset
            && principal.Identity?.IsAuthenticated == true
            && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            && (await authorization.AuthorizeAsync(principal, AccessPolicies.Member)).Succeeded)
        {
            await SignInAsync(db, actor, PersonId.From(userId), context.RequestAborted);
        }

        await next(context);
    }

    private static async Task SignInAsync(FourfoldDbContext db, DataActor actor, PersonId person, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == person.Value)
            .Select(u => new { u.Kind, u.PracticeId })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return;
        }

        var memberOf = await db.CaseMemberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.PersonId == person && m.Status == MembershipStatus.Active)
            .Select(m => m.CaseId)
            .ToListAsync(cancellationToken);

        if (user.Kind == PersonKind.PracticeAdministrator && user.PracticeId is { } practice)
        {
            memberOf.AddRange(await db.Cases.IgnoreQueryFilters().AsNoTracking()
                .Where(c => c.PracticeId == practice)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken));
        }

        actor.SignIn(person, user.Kind, user.PracticeId, memberOf);
    }
}
