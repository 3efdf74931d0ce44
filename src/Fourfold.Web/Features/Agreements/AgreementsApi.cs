using System.Text.Json;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;
using NodaTime;

namespace Fourfold.Web.Features.Agreements;

/// <summary>
/// JSON API for a couple's agreements: the case's agreements as the caller may read them, proposing one, answering a
/// proposal, and proposing a change to one in force. What the caller may not read answers 404; an answer to a proposal
/// that changed since it was read answers 409.
/// </summary>
internal static class AgreementsApi
{
    public static void MapAgreementsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/cases/{caseId:guid}/agreements", async (Guid caseId, AgreementQuery query, IClock clock, CancellationToken cancellationToken) =>
            await query.CaseAsync(CaseId.From(caseId), cancellationToken) is { } found
                ? Results.Ok(AgreementsApiView.Of(found, clock.GetCurrentInstant().InUtc().Date))
                : ApiResults.NotFound())
        .RequireAuthorization(AccessPolicies.Member).WithTags("Agreements").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));

        endpoints.MapGet("/api/agreements/{id:guid}", async (Guid id, AgreementQuery query, IClock clock, CancellationToken cancellationToken) =>
            await query.OneAsync(ItemId.From(id), cancellationToken) is { } found
                ? Results.Ok(AgreementApiView.Of(found.Agreement, found.Context, clock.GetCurrentInstant().InUtc().Date))
                : ApiResults.NotFound())
        .RequireAuthorization(AccessPolicies.Member).WithTags("Agreements").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));

        endpoints.MapPost("/api/cases/{caseId:guid}/agreements", async (Guid caseId, AgreementRequest request, ProposeAgreement propose, CancellationToken cancellationToken) =>
            Answer(await propose.ExecuteAsync(CaseId.From(caseId), request.ToDraft(), cancellationToken), request.Kind, created: true))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Agreements").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/agreements/{id:guid}/answers", async (Guid id, AgreementAnswerRequest request, AnswerAgreement answer, CancellationToken cancellationToken) =>
            request.Version is not { } version
                ? VersionMissing()
                : Answer(await answer.AnswerAsync(ItemId.From(id), version, request.Answer, request.Answer == AgreementAnswer.Counter ? request.ToDraft() : null, cancellationToken), null, created: false))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Agreements").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/agreements/{id:guid}/changes", async (Guid id, AgreementChangeRequest request, AnswerAgreement answer, CancellationToken cancellationToken) =>
            request.Version is not { } version
                ? VersionMissing()
                : Answer(await answer.ProposeChangeAsync(ItemId.From(id), version, request.ToDraft(), cancellationToken), null, created: false))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Agreements").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/agreements/{id:guid}/withdrawal", async (Guid id, AgreementStepRequest request, AnswerAgreement answer, CancellationToken cancellationToken) =>
            request.Version is not { } version
                ? VersionMissing()
                : Answer(await answer.WithdrawAsync(ItemId.From(id), version, cancellationToken), null, created: false))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Agreements").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/agreements/{id:guid}/retirement", async (Guid id, AgreementStepRequest request, AnswerAgreement answer, CancellationToken cancellationToken) =>
            request.Version is not { } version
                ? VersionMissing()
                : Answer(await answer.ProposeRetirementAsync(ItemId.From(id), version, cancellationToken), null, created: false))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Agreements").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));
    }

    private static IResult VersionMissing() =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["Send the version of the proposal you read."] });

    private static IResult Answer(AgreementChange change, AgreementKind? kind, bool created) => change.Kind switch
    {
        OutcomeKind.Done when created => Results.Created($"/api/agreements/{change.Id}", new AgreementSaved(change.Id!.Value.Value, change.Version, change.Status!.Value)),
        OutcomeKind.Done => Results.Ok(new AgreementSaved(change.Id!.Value.Value, change.Version, change.Status!.Value)),
        OutcomeKind.Refused when change.IsStale =>
            Results.Problem(change.Problems![AgreementChange.StaleField], statusCode: StatusCodes.Status409Conflict, title: "Changed by your partner"),
        OutcomeKind.Refused => Results.ValidationProblem(change.Problems!.ToDictionary(p => AgreementRequest.FieldName(p.Key, change.Of ?? kind), p => new[] { p.Value })),
        OutcomeKind.NotFound => ApiResults.NotFound(),
    };
}

/// <summary>
/// A proposal as the API takes it: <see cref="Text"/> is the agreement in a line; <see cref="Why"/> what it means to
/// the one who asks (a boundary), <see cref="WhatHappensNext"/> who is told and what support is called on (a relapse
/// tier), <see cref="Notes"/> anything more (a commitment, whose sentence is written from its terms when left out).
/// </summary>
public sealed record AgreementRequest(AgreementKind? Kind, string? Text, string? Why = null, string? WhatHappensNext = null, string? Notes = null, DateOnly? ReviewOn = null,
    IReadOnlyList<CaseRole>? Audience = null, int? Tier = null, IReadOnlyList<CommitmentRecipient>? TellWhom = null, int? WithinHours = null)
{
    public AgreementDraft ToDraft() => new(Kind ?? 0, Text, Why ?? WhatHappensNext ?? Notes, ReviewOn is { } day ? LocalDate.FromDateOnly(day) : null, Audience ?? [],
        Tier, TellWhom, WithinHours);

    /// <summary>The request's own name for a field a problem is about.</summary>
    public static string FieldName(string field, AgreementKind? kind) => field switch
    {
        nameof(AgreementDraft.Title) => "text",
        nameof(AgreementDraft.Body) => kind switch
        {
            AgreementKind.RelapseDefinition => "whatHappensNext",
            AgreementKind.DisclosureCommitment => "notes",
            _ => "why",
        },
        _ => JsonNamingPolicy.CamelCase.ConvertName(field),
    };
}

/// <summary>An answer to the other partner's proposal; a counter-proposal carries its own words and terms (the kind stays).</summary>
public sealed record AgreementAnswerRequest(AgreementAnswer? Answer, int? Version, string? Text = null, string? Why = null, string? WhatHappensNext = null, string? Notes = null,
    DateOnly? ReviewOn = null, IReadOnlyList<CaseRole>? Audience = null, int? Tier = null, IReadOnlyList<CommitmentRecipient>? TellWhom = null, int? WithinHours = null)
{
    public AgreementDraft ToDraft() => new AgreementRequest(null, Text, Why, WhatHappensNext, Notes, ReviewOn, Audience, Tier, TellWhom, WithinHours).ToDraft();
}

/// <summary>A change proposed to an agreement in force, from the version the partner read.</summary>
public sealed record AgreementChangeRequest(int? Version, string? Text = null, string? Why = null, string? WhatHappensNext = null, string? Notes = null,
    DateOnly? ReviewOn = null, IReadOnlyList<CaseRole>? Audience = null, int? Tier = null, IReadOnlyList<CommitmentRecipient>? TellWhom = null, int? WithinHours = null)
{
    public AgreementDraft ToDraft() => new AgreementRequest(null, Text, Why, WhatHappensNext, Notes, ReviewOn, Audience, Tier, TellWhom, WithinHours).ToDraft();
}

/// <summary>Taking one's proposal back, or proposing to set an agreement aside: only the version read.</summary>
public sealed record AgreementStepRequest(int? Version);

public sealed record AgreementSaved(Guid Id, int Version, AgreementStatus Status);
