using System.Text.Json;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;
using NodaTime;

namespace Fourfold.Web.Features.Agreements;

/// <summary>JSON API for the disclosure log: the entries the caller may read, and recording one.</summary>
internal static class DisclosuresApi
{
    public static void MapDisclosuresApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/cases/{caseId:guid}/disclosures", async (Guid caseId, DisclosureQuery query, Accountability.ReplyQuery replies, CancellationToken cancellationToken) =>
        {
            if (await query.CaseAsync(CaseId.From(caseId), withChoices: false, cancellationToken) is not { } found)
            {
                return ApiResults.NotFound();
            }

            var landed = await replies.ToAsync(found.Context, [.. found.Entries.Select(e => e.Disclosure.Id)], cancellationToken);
            return Results.Ok(found.Entries.Select(e => DisclosureApiView.Of(e, Accountability.ReplyApiView.Of(landed, e.Disclosure.Id))).ToList());
        })
        .RequireAuthorization(AccessPolicies.Member).WithTags("Agreements").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));

        endpoints.MapPost("/api/cases/{caseId:guid}/disclosures", async (Guid caseId, DisclosureRequest request, RecordDisclosure record, CancellationToken cancellationToken) =>
        {
            var change = await record.ExecuteAsync(CaseId.From(caseId), request.ToDraft(), cancellationToken);
            return change.Kind switch
            {
                OutcomeKind.Done => Results.Created($"/api/items/{change.Id}", new DisclosureSaved(change.Id!.Value.Value, change.Timeliness!.Value)),
                OutcomeKind.Refused => Results.ValidationProblem(change.Problems!.ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Key), p => new[] { p.Value })),
                OutcomeKind.NotFound => ApiResults.NotFound(),
            };
        })
        .RequireAuthorization(AccessPolicies.Member).WithTags("Agreements").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));
    }
}

/// <summary>
/// An entry of the disclosure log: what happened, the day it happened and the day it was told (each with an optional
/// time of day, which makes the reading of the commitment's hours exact), to whom, under which commitment. A professional recording something discovered sets <see cref="Discovered"/> and <see cref="PartnerKnows"/>.
/// </summary>
public sealed record DisclosureRequest(string? What, string? Details, DateOnly? HappenedOn, DateOnly? ToldOn, IReadOnlyList<CommitmentRecipient>? Told, Guid? CommitmentId,
    bool Discovered = false, bool PartnerKnows = false, IReadOnlyList<CaseRole>? Audience = null, TimeOnly? HappenedAt = null, TimeOnly? ToldAt = null)
{
    public DisclosureDraft ToDraft() => new(What, Details, HappenedOn is { } happened ? LocalDate.FromDateOnly(happened) : null,
        ToldOn is { } told ? LocalDate.FromDateOnly(told) : null, Told ?? [], CommitmentId is { } commitment ? ItemId.From(commitment) : null, Discovered, PartnerKnows, Audience,
        HappenedAt is { } happenedAt ? LocalTime.FromTimeOnly(happenedAt) : null, ToldAt is { } toldAt ? LocalTime.FromTimeOnly(toldAt) : null);
}

public sealed record DisclosureSaved(Guid Id, Timeliness Timeliness);

/// <summary>One entry as the API shows it; <see cref="Commitment"/> is named only to a reader who may read the commitment.</summary>
public sealed record DisclosureApiView(Guid Id, string What, string Details, DateOnly HappenedOn, DateOnly? ToldOn, IReadOnlyList<CommitmentRecipient> Told, Guid? CommitmentId,
    string? Commitment, Timeliness Timeliness, Guid RecordedBy, DateTimeOffset RecordedAt, IReadOnlyList<CaseRole> Audience, string Rule, IReadOnlyList<Accountability.ReplyApiView> Replies,
    TimeOnly? HappenedAt, TimeOnly? ToldAt)
{
    public static DisclosureApiView Of(DisclosureView view, IReadOnlyList<Accountability.ReplyApiView> replies)
    {
        ArgumentNullException.ThrowIfNull(view);
        var entry = view.Disclosure;
        return new(entry.Id.Value, view.Words.Title, view.Words.Body, entry.HappenedOn.ToDateOnly(), entry.ToldOn?.ToDateOnly(), entry.Told, view.CommitmentTitle is null ? null : entry.CommitmentId?.Value,
            view.CommitmentTitle, entry.Timeliness, entry.RecordedBy.Value, entry.RecordedAt.ToDateTimeOffset(), view.Words.AudienceRoles, view.Verdict.Rule.ToString(), replies,
            entry.HappenedAt?.ToTimeOnly(), entry.ToldAt?.ToTimeOnly());
    }
}
