using Fourfold.Data.Identity;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace Fourfold.Web.Features.Invitations;

internal static class InvitationEndpoints
{
    /// <summary>A signed-in person accepts, from their home page, an invitation addressed to their own email.</summary>
    public static void MapInvitationEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/invitations/{membershipId:guid}/accept", async (Guid membershipId, HttpContext context, UserManager<FourfoldUser> users, AcceptInvitation accept) =>
        {
            var user = await users.GetUserAsync(context.User);
            if (user is null)
            {
                return Results.LocalRedirect("~/account/login");
            }

            var outcome = await accept.AcceptAddressedAsync(membershipId, user, context.RequestAborted);
            return outcome.Kind switch
            {
                OutcomeKind.Done => Results.LocalRedirect("~/?joined=true"),
                OutcomeKind.Refused => Results.LocalRedirect($"~/?invitationError={Uri.EscapeDataString(outcome.Message ?? "")}"),
                OutcomeKind.NotFound => Results.LocalRedirect($"~/?invitationError={Uri.EscapeDataString("This invitation is no longer open.")}"),
            };
        }).RequireAuthorization(AccessPolicies.Member).RequireAntiforgery().WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));
}
