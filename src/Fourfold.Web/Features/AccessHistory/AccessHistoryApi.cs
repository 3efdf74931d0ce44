using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;

namespace Fourfold.Web.Features.AccessHistory;

internal static class AccessHistoryApi
{
    public static void MapAccessHistoryApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/me/access-history", async (AccessHistoryQuery history, CancellationToken cancellationToken) =>
            Results.Ok((await history.ForMeAsync(cancellationToken)).Select(e => new
            {
                at = e.At.ToDateTimeOffset(),
                caseId = e.CaseId.Value,
                itemId = e.ItemId,
                reader = e.ReaderName,
                relation = e.ReaderRelation,
                allowedBy = e.AllowedBy,
                authorizationSignedAt = e.AuthorizationSignedAt?.ToDateTimeOffset(),
            })))
            .RequireAuthorization(AccessPolicies.Member)
            .WithMetadata(new AuditedAttribute(AuditedAs.NoClinicalReads))
            .WithTags("Access history");
}
