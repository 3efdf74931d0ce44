using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;

namespace Fourfold.Web.Features.PracticeAdministration;

/// <summary>JSON API for a practice's administrator: the practice's people, and turning an account off or back on.</summary>
internal static class PracticeApi
{
    public static void MapPracticeApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/practice").RequireAuthorization(AccessPolicies.Member).WithTags("Practice");

        api.MapGet("/members", async (PracticeQueries practices, CancellationToken cancellationToken) =>
        {
            if (await practices.AdministeredAsync(cancellationToken) is not { } administered)
            {
                return ApiResults.NotFound();
            }

            return Results.Ok(administered.People.Select(u => new PracticeMember(
                u.Id, u.DisplayName, u.Email ?? "", u.Kind.ToString(), u.Profile?.Profession.ToString(), u.TwoFactorEnabled, u.DisabledAt?.ToDateTimeOffset())));
        }).WithMetadata(new AuditedAttribute(AuditedAs.NoClinicalReads));

        api.MapPost("/members/{personId:guid}/disable", (Guid personId, DisableAccount accounts, CancellationToken cancellationToken) =>
            AnswerAsync(accounts.DisableAsync(PersonId.From(personId), cancellationToken)))
            .WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        api.MapPost("/members/{personId:guid}/enable", (Guid personId, DisableAccount accounts, CancellationToken cancellationToken) =>
            AnswerAsync(accounts.EnableAsync(PersonId.From(personId), cancellationToken)))
            .WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));
    }

    private static async Task<IResult> AnswerAsync(Task<Outcome> change)
    {
        var outcome = await change;
        return outcome.Kind switch
        {
            OutcomeKind.Done => Results.NoContent(),
            OutcomeKind.Refused => Results.ValidationProblem(new Dictionary<string, string[]> { [outcome.Field ?? "personId"] = [outcome.Message ?? ""] }),
            OutcomeKind.NotFound => ApiResults.NotFound(),
        };
    }
}

/// <summary>Someone in the practice, as its administrator sees them; <c>DisabledAt</c> is set while the account is off.</summary>
public sealed record PracticeMember(Guid Id, string Name, string Email, string Kind, string? Profession, bool AuthenticatorOn, DateTimeOffset? DisabledAt);
