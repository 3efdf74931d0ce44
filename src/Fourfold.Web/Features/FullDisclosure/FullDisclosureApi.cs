using System.Text.Json;
using Fourfold.Domain.Cases;
using Fourfold.Domain.FullDisclosure;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;
using NodaTime;

namespace Fourfold.Web.Features.FullDisclosure;

/// <summary>
/// JSON API for the case's full disclosure: where it stands as the caller may read it, starting it, and each step. A
/// step not the caller's, or not possible from where the disclosure stands, answers 400 with the reason; one taken
/// from a revision someone else has moved on answers 409; a disclosure the caller may not read answers 404.
/// </summary>
internal static class FullDisclosureApi
{
    public static void MapFullDisclosureApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/cases/{caseId:guid}/disclosure", async (Guid caseId, FullDisclosureQuery query, CancellationToken cancellationToken) =>
            await query.CaseAsync(CaseId.From(caseId), cancellationToken) is { Process: not null } found
                ? Results.Ok(DisclosureApiView.Of(found))
                : ApiResults.NotFound())
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));

        endpoints.MapPost("/api/cases/{caseId:guid}/disclosure", async (Guid caseId, DisclosurePlanRequest request, StartDisclosure start, CancellationToken cancellationToken) =>
            Answer(await start.ExecuteAsync(CaseId.From(caseId), request.ToPlan(), cancellationToken), created: true))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPut("/api/disclosures/{id:guid}/plan", async (Guid id, DisclosurePlanRequest request, MoveDisclosure move, CancellationToken cancellationToken) =>
            Answer(await move.PlanAsync(id, request.Revision, request.ToPlan(), cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/disclosures/{id:guid}/questions", async (Guid id, DisclosureQuestionRequest request, WriteDisclosureQuestion write, CancellationToken cancellationToken) =>
            Answer(await write.ExecuteAsync(id, request.Text, cancellationToken), created: true))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/disclosures/{id:guid}/drafts", async (Guid id, DisclosureDraftRequest request, WriteDisclosureDraft write, CancellationToken cancellationToken) =>
            Answer(await write.ExecuteAsync(id, request.Revision, request.Text, request.Answers ?? [], request.ShareWithBetrayedPartnersSupport ?? false, cancellationToken), created: true))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/disclosures/{id:guid}/writings", async (Guid id, DisclosureWritingRequest request, WriteAroundTheDisclosure write, CancellationToken cancellationToken) =>
            Answer(await write.ExecuteAsync(id, request.Kind, request.Text, request.Audience ?? [], cancellationToken), created: true))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/disclosures/{id:guid}/drafts-agreement", async (Guid id, DisclosureDraftsAgreementRequest request, MoveDisclosure move, CancellationToken cancellationToken) =>
            Answer(await move.RecordDraftsAgreementAsync(id, request.Revision, request.Agreed ?? false, cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/disclosures/{id:guid}/advance", async (Guid id, DisclosureAdvanceRequest request, MoveDisclosure move, CancellationToken cancellationToken) =>
            Answer(await move.AdvanceAsync(id, request.Revision, request.To, cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/disclosures/{id:guid}/pause", async (Guid id, DisclosurePauseRequest request, MoveDisclosure move, CancellationToken cancellationToken) =>
            Answer(await move.PauseAsync(id, request.Revision, request.Reason, cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/disclosures/{id:guid}/resume", async (Guid id, DisclosureStepRequest request, MoveDisclosure move, CancellationToken cancellationToken) =>
            Answer(await move.ResumeAsync(id, request.Revision, cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/disclosures/{id:guid}/approval", async (Guid id, DisclosureStepRequest request, MoveDisclosure move, CancellationToken cancellationToken) =>
            Answer(await move.ApproveAsync(id, request.Revision, cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/disclosures/{id:guid}/readiness", async (Guid id, DisclosureStepRequest request, MoveDisclosure move, CancellationToken cancellationToken) =>
            Answer(await move.ConfirmReadinessAsync(id, request.Revision, cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/disclosures/{id:guid}/session", async (Guid id, DisclosureSessionRequest request, MoveDisclosure move, CancellationToken cancellationToken) =>
            Answer(await move.BookSessionAsync(id, request.Revision, request.SessionId, cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/disclosures/{id:guid}/impact-session", async (Guid id, DisclosureSessionRequest request, MoveDisclosure move, CancellationToken cancellationToken) =>
            Answer(await move.BookImpactSessionAsync(id, request.Revision, request.SessionId, cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/disclosures/{id:guid}/polygraph", async (Guid id, DisclosurePolygraphRequest request, MoveDisclosure move, CancellationToken cancellationToken) =>
            Answer(await move.RecordPolygraphAsync(id, request.Revision, request.Result, request.On is { } on ? LocalDate.FromDateOnly(on) : null, request.Note, cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Full disclosure").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));
    }

    private static IResult Answer(DisclosureOutcome outcome, bool created = false) => outcome.Kind switch
    {
        OutcomeKind.Done when created => Results.Created((string?)null, new DisclosureSaved(outcome.Id!.Value, outcome.Revision!.Value)),
        OutcomeKind.Done => Results.Ok(new DisclosureSaved(outcome.Id!.Value, outcome.Revision!.Value)),
        OutcomeKind.Refused when outcome.IsStale => Results.Problem(DisclosureOutcome.StaleMessage, statusCode: StatusCodes.Status409Conflict, title: "Moved on by someone else"),
        OutcomeKind.Refused => Results.ValidationProblem(outcome.Problems!.ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Key), p => new[] { p.Value })),
        OutcomeKind.NotFound => ApiResults.NotFound(),
    };
}

/// <summary>The plan as the API takes it; what is left out is left unsettled.</summary>
public sealed record DisclosurePlanRequest(string? Place = null, bool? InPerson = null, SupportPersonPresence? SupportPerson = null, PolygraphTiming? Polygraph = null,
    string? PolygraphExaminer = null, DateOnly? TargetDate = null, int? Revision = null)
{
    public DisclosurePlan ToPlan() => new(Place ?? "", InPerson ?? true, SupportPerson ?? SupportPersonPresence.NotPresent, Polygraph ?? PolygraphTiming.None,
        PolygraphExaminer ?? "", TargetDate is { } day ? LocalDate.FromDateOnly(day) : null);
}

public sealed record DisclosureQuestionRequest(string? Text);

/// <summary>A draft, the questions it answers (by the question's id), and whether the betrayed partner's support reads it too.</summary>
public sealed record DisclosureDraftRequest(string? Text, IReadOnlyList<Guid>? Answers = null, bool? ShareWithBetrayedPartnersSupport = null, int? Revision = null);

/// <summary>A safety plan, debrief, impact statement or letter of amends, and who reads it.</summary>
public sealed record DisclosureWritingRequest(Domain.Records.ItemKind? Kind, string? Text, IReadOnlyList<CaseRole>? Audience = null);

/// <summary>Whether the couple agreed that the betrayed partner reads the drafts written from now on.</summary>
public sealed record DisclosureDraftsAgreementRequest(bool? Agreed, int? Revision = null);

public sealed record DisclosureAdvanceRequest(DisclosureStage? To, int? Revision = null);

public sealed record DisclosurePauseRequest(string? Reason = null, int? Revision = null);

public sealed record DisclosureStepRequest(int? Revision = null);

public sealed record DisclosureSessionRequest(Guid? SessionId, int? Revision = null);

public sealed record DisclosurePolygraphRequest(PolygraphResult? Result, DateOnly? On = null, string? Note = null, int? Revision = null);

public sealed record DisclosureSaved(Guid Id, int Revision);
