using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;

namespace Fourfold.Web.Features.AccessHistory;

internal static class AccessHistoryApi
{
    /// <summary>
    /// One entry per reader and item, the most recently read first; the next page's address is in the <c>Link</c>
    /// header (rel="next"), so that the answer stays the array it has always been.
    /// </summary>
    public static void MapAccessHistoryApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/me/access-history", async (string? after, int? limit, AccessHistoryQuery history, HttpContext http, CancellationToken cancellationToken) =>
            {
                if (!AccessHistoryQuery.IsCursor(after))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["after"] = ["Use the address given in the Link header of the previous page."] });
                }

                if (limit is < 1 or > AccessHistoryQuery.MaxPageSize)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"Choose a limit from 1 to {AccessHistoryQuery.MaxPageSize}."] });
                }

                var page = await history.ForMeAsync(after, limit ?? AccessHistoryQuery.DefaultPageSize, cancellationToken);
                if (page.Next is { } next)
                {
                    http.Response.Headers.Link = $"</api/me/access-history?after={next}{(limit is { } l ? $"&limit={l}" : "")}>; rel=\"next\"";
                }

                return Results.Ok(page.Entries.Select(e => new
                {
                    at = e.LastAt.ToDateTimeOffset(),
                    firstAt = e.FirstAt.ToDateTimeOffset(),
                    times = e.Times,
                    caseId = e.CaseId.Value,
                    caseLabel = e.CaseLabel,
                    itemId = e.ItemId,
                    itemKind = e.ItemKind.ToString(),
                    itemTitle = e.ItemTitle,
                    reader = e.ReaderName,
                    relation = e.ReaderRelation,
                    allowedBy = e.AllowedBy,
                    authorizationSignedAt = e.AuthorizationSignedAt?.ToDateTimeOffset(),
                }));
            })
            .RequireAuthorization(AccessPolicies.Member)
            .WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads))
            .WithTags("Access history");
}
