using Fourfold.Domain.Cases;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;
using NodaTime;

namespace Fourfold.Web.Features.Cases;

/// <summary>JSON API: the caller's cases, and one case with its team. A case the caller is not on answers 404.</summary>
internal static class CaseApi
{
    public static void MapCaseApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/cases").RequireAuthorization(AccessPolicies.Member).WithTags("Cases")
            .WithMetadata(new AuditedAttribute(AuditedAs.NoClinicalReads));

        api.MapGet("", async (CaseQueries queries, CancellationToken cancellationToken) =>
        {
            var cases = await queries.MyCasesAsync(cancellationToken);
            return TypedResults.Ok(cases.Select(c => new CaseListItem(c.Id.Value, c.Label, c.PracticeName, c.MyRoles.Select(r => r.ToString()).ToList(), c.TeamSize, c.Status)));
        });

        api.MapGet("/{caseId:guid}", async (Guid caseId, CaseQueries queries, IClock clock, CancellationToken cancellationToken) =>
        {
            var overview = await queries.OverviewAsync(CaseId.From(caseId), cancellationToken);
            return overview is null ? ApiResults.NotFound() : Results.Ok(CaseDetail.From(overview, clock.GetCurrentInstant()));
        });

        api.MapPost("/{caseId:guid}/members/{membershipId:guid}/end", async (Guid caseId, Guid membershipId, EndPlaceRequest request, EndTeamPlace end, CancellationToken cancellationToken) =>
        {
            var outcome = await end.ExecuteAsync(CaseId.From(caseId), membershipId, request.Reason, cancellationToken);
            return outcome.Kind switch
            {
                OutcomeKind.Done => Results.NoContent(),
                OutcomeKind.Refused => Results.ValidationProblem(new Dictionary<string, string[]> { [outcome.Field ?? "membership"] = [outcome.Message ?? ""] }),
                OutcomeKind.NotFound => ApiResults.NotFound(),
            };
        }).WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));
    }
}

/// <summary>Why a member's place on the team ends.</summary>
public sealed record EndPlaceRequest(string? Reason);
