using System.Text.Json;

namespace Fourfold.Web.Features.Accountability;

/// <summary>How the API answers a change to check-ins or homework.</summary>
internal static class AccountabilityResults
{
    public static IResult Of(AccountabilityChange change) => change.Kind switch
    {
        OutcomeKind.Done => Results.Created($"/api/items/{change.Id}", new { id = change.Id?.Value }),
        OutcomeKind.Refused => Results.ValidationProblem(change.Problems!.ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Key), p => new[] { p.Value })),
        OutcomeKind.NotFound => ApiResults.NotFound(),
    };
}
