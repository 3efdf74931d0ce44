using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;

namespace Fourfold.Web.Features.Accountability;

/// <summary>JSON API for check-ins: those the caller may read, and recording one for the people its author picks.</summary>
internal static class CheckInsApi
{
    public static void MapCheckInsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/cases/{caseId:guid}/check-ins", async (Guid caseId, CheckInQuery query, ReplyQuery replies, CancellationToken cancellationToken) =>
        {
            if (await query.CaseAsync(CaseId.From(caseId), cancellationToken) is not { } found)
            {
                return ApiResults.NotFound();
            }

            var answered = await replies.ToAsync(found.Context, [.. found.Entries.Select(e => e.CheckIn.Id)], cancellationToken);
            return Results.Ok(found.Entries.Select(e => CheckInApiView.Of(e, ReplyApiView.Of(answered, e.CheckIn.Id))).ToList());
        })
        .RequireAuthorization(AccessPolicies.Member).WithTags("Accountability").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));

        endpoints.MapPost("/api/cases/{caseId:guid}/check-ins", async (Guid caseId, CheckInRequest request, RecordCheckIn record, CancellationToken cancellationToken) =>
            AccountabilityResults.Of(await record.ExecuteAsync(CaseId.From(caseId), request.ToDraft(), cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Accountability").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));
    }
}

/// <summary>The answers of a check-in: the FANOS prompts for a couple check-in; how safe (0–10) and what would help for a safety check-in.</summary>
public sealed record CheckInAnswers(string? Feelings = null, string? Appreciation = null, string? Needs = null, string? Ownership = null, string? Steps = null,
    int? Safety = null, string? WhatWouldHelp = null);

/// <summary>A check-in to record, and who reads it: team roles and people of the team by id.</summary>
public sealed record CheckInRequest(CheckInKind Kind, CheckInAnswers? Answers, IReadOnlyList<CaseRole>? AudienceRoles, IReadOnlyList<Guid>? AudiencePeople)
{
    public CheckInDraft ToDraft()
    {
        var answers = Answers ?? new CheckInAnswers();
        return new(Kind, answers.Feelings, answers.Appreciation, answers.Needs, answers.Ownership, answers.Steps, answers.Safety, answers.WhatWouldHelp,
            AudienceRoles ?? [], [.. (AudiencePeople ?? []).Select(PersonId.From)]);
    }
}

/// <summary>One check-in as the API shows it; <see cref="Text"/> is its answers in Markdown, each under its prompt.</summary>
public sealed record CheckInApiView(Guid Id, CheckInKind Kind, DateOnly On, Guid Author, string Text, int? Safety, IReadOnlyList<CaseRole> AudienceRoles,
    IReadOnlyList<Guid> AudiencePeople, DateTimeOffset RecordedAt, string Rule, IReadOnlyList<ReplyApiView> Replies)
{
    public static CheckInApiView Of(CheckInView view, IReadOnlyList<ReplyApiView> replies)
    {
        ArgumentNullException.ThrowIfNull(view);
        var entry = view.CheckIn;
        return new(entry.Id.Value, entry.Kind, entry.On.ToDateOnly(), entry.Author.Value, view.Words.Body, entry.Safety, view.Words.AudienceRoles, view.Words.AudiencePeople,
            entry.RecordedAt.ToDateTimeOffset(), view.Verdict.Rule.ToString(), replies);
    }
}
