using Fourfold.Domain.Access;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;
using NodaTime;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>
/// JSON API for authorizations: list, preview (which returns the exact text and its hash), sign (which must quote that
/// hash) and revoke. A case the caller is not on, or an authorization that is not theirs, answers 404.
/// </summary>
internal static class AuthorizationApi
{
    public static void MapAuthorizationApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/cases/{caseId:guid}/authorizations").RequireAuthorization(AccessPolicies.Member).WithTags("Authorizations")
            .WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        api.MapGet("", async (Guid caseId, SharingQuery sharing, IClock clock, CancellationToken cancellationToken) =>
        {
            var context = await sharing.OpenAsync(CaseId.From(caseId), withItems: false, cancellationToken);
            return context is null
                ? ApiResults.NotFound()
                : Results.Ok(context.Visible.Select(a => AuthorizationView.From(a, clock.GetCurrentInstant())));
        });

        api.MapPost("/preview", async (Guid caseId, AuthorizationRequest request, SharingQuery sharing, IClock clock, CancellationToken cancellationToken) =>
        {
            var context = await sharing.OpenAsync(CaseId.From(caseId), withItems: true, cancellationToken);
            if (context?.ReaderPartner is not { } partner)
            {
                return ApiResults.NotFound();
            }

            var now = clock.GetCurrentInstant();
            try
            {
                var terms = AuthorizationDrafts.Terms(request.ToDraft(), context.ReaderZone, now);
                var text = AuthorizationDrafts.Text(context, partner, terms);
                var candidate = Authorization.Sign(context.Case.Id, context.Reader, partner, context.ReaderName, terms, context.ReaderName, text, now);
                var active = context.Authorizations.Where(a => a.IsActiveAt(now)).ToList();
                var lines = AuthorizationPreview.Of(context, partner, active, [.. active, candidate], now);
                return Results.Ok(new AuthorizationPreviewView(text, AuthorizationText.Hash(text), lines.Select(PreviewLineView.From).ToList()));
            }
            catch (DomainRuleViolation violation)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { [violation.Field ?? "authorization"] = [violation.Message] });
            }
        });

        api.MapPost("", async (Guid caseId, AuthorizationRequest request, SignAuthorization sign, IClock clock, CancellationToken cancellationToken) =>
        {
            var (outcome, signed) = await sign.ExecuteAsync(CaseId.From(caseId), request.ToDraft(), request.TextHash ?? "", request.TypedName ?? "", cancellationToken);
            return outcome.Kind switch
            {
                OutcomeKind.Done => Results.Created($"/api/cases/{caseId}/authorizations/{signed!.Id}", AuthorizationView.From(signed, clock.GetCurrentInstant())),
                OutcomeKind.Refused => Results.ValidationProblem(new Dictionary<string, string[]> { [outcome.Field ?? "authorization"] = [outcome.Message ?? ""] }),
                OutcomeKind.NotFound => ApiResults.NotFound(),
            };
        });

        api.MapPost("/{id:guid}/revoke", async (Guid caseId, Guid id, RevokeAuthorization revoke, CancellationToken cancellationToken) =>
        {
            var outcome = await revoke.ExecuteAsync(CaseId.From(caseId), AuthorizationId.From(id), cancellationToken);
            return outcome.Kind switch
            {
                OutcomeKind.Done => Results.NoContent(),
                OutcomeKind.Refused => Results.ValidationProblem(new Dictionary<string, string[]> { ["authorization"] = [outcome.Message ?? ""] }),
                OutcomeKind.NotFound => ApiResults.NotFound(),
            };
        });
    }
}

public sealed record AuthorizationRequest(
    IReadOnlyList<CaseRole>? RecipientRoles,
    IReadOnlyList<Guid>? RecipientPeople,
    IReadOnlyList<Category>? Categories,
    string? Purpose,
    DateOnly? LastDay,
    string? TypedName = null,
    string? TextHash = null)
{
    public AuthorizationDraft ToDraft() => new(
        RecipientRoles ?? [],
        (RecipientPeople ?? []).Select(PersonId.From).ToList(),
        Categories ?? [],
        Purpose ?? "",
        LocalDate.FromDateOnly(LastDay ?? DateOnly.MinValue));
}

public sealed record AuthorizationView(
    Guid Id, Guid GrantedBy, PartnerRole Partner, IReadOnlyList<CaseRole> RecipientRoles, IReadOnlyList<Guid> RecipientPeople,
    IReadOnlyList<Category> Categories, string Purpose, DateTimeOffset SignedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt,
    bool IsActive, string SignatureName, string SignedText, string SignedTextSha256)
{
    public static AuthorizationView From(Authorization a, Instant now)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id.Value, a.GrantedBy.Value, a.Partner, a.Terms.RecipientRoles, a.Terms.RecipientPeople.Select(p => p.Value).ToList(),
            a.Terms.Categories, a.Terms.Purpose, a.SignedAt.ToDateTimeOffset(), a.Terms.ExpiresAt.ToDateTimeOffset(), a.RevokedAt?.ToDateTimeOffset(),
            a.IsActiveAt(now), a.SignatureName, a.SignedText, a.SignedTextHash);
    }
}

public sealed record AuthorizationPreviewView(string Text, string TextHash, IReadOnlyList<PreviewLineView> People);

public sealed record PreviewLineView(Guid Person, string Name, IReadOnlyList<CaseRole> Roles, IReadOnlyList<Category> Gains, IReadOnlyList<Category> Losses, int ItemsGained, int ItemsLost)
{
    public static PreviewLineView From(PreviewLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new(line.Person.Value, line.Name, line.Roles, line.Gains, line.Losses, line.ItemsGained, line.ItemsLost);
    }
}
