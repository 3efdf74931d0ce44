using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Agreements;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;

namespace Fourfold.Web.Features.Accountability;

/// <summary>JSON API for the next joint session's agenda: reading it, bringing something to it, and marking a topic discussed.</summary>
internal static class JointSessionApi
{
    public static void MapJointSessionApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/cases/{caseId:guid}/joint-session", async (Guid caseId, JointSessionQuery query, CancellationToken cancellationToken) =>
            await query.CaseAsync(CaseId.From(caseId), cancellationToken) is { } found ? Results.Ok(JointSessionApiView.Of(found)) : ApiResults.NotFound())
        .RequireAuthorization(AccessPolicies.Member).WithTags("Accountability").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));

        endpoints.MapPost("/api/cases/{caseId:guid}/joint-session/topics", async (Guid caseId, AgendaTopicRequest request, RaiseAgendaTopic raise, CancellationToken cancellationToken) =>
            AccountabilityResults.Of(await raise.ExecuteAsync(CaseId.From(caseId), request.ToDraft(), cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Accountability").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/agenda-topics/{id:guid}/discussed", async (Guid id, DiscussAgendaTopic discuss, CancellationToken cancellationToken) =>
            await discuss.ExecuteAsync(ItemId.From(id), cancellationToken) switch
            {
                OutcomeKind.Done => Results.NoContent(),
                OutcomeKind.Refused => Results.Conflict(new { message = "The couples therapist marks a topic discussed, once." }),
                OutcomeKind.NotFound => ApiResults.NotFound(),
            })
        .RequireAuthorization(AccessPolicies.Member).WithTags("Accountability").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));
    }
}

/// <summary>Something to bring to the next joint session: a topic, or a note of how it felt (private unless shared with the couples therapist).</summary>
public sealed record AgendaTopicRequest(AgendaTopicKind Kind, string? Text, bool ShareWithCouplesTherapist = false)
{
    public AgendaTopicDraft ToDraft() => new(Kind, Text, ShareWithCouplesTherapist);
}

/// <summary>A case's next joint session as the caller may see it: when, what was brought to it, and the agreements to talk through.</summary>
public sealed record JointSessionApiView(Guid CaseId, string Case, Guid? NextSessionId, DateTimeOffset? NextSessionStart, IReadOnlyList<AgendaTopicApiView> Topics,
    IReadOnlyList<AgreementToTalkThrough> AgreementsToTalkThrough)
{
    public static JointSessionApiView Of(JointSessionAgenda agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        return new(agenda.Context.Case.Id.Value, agenda.Context.Case.Label, agenda.Next?.Session.Id.Value, agenda.Next?.Session.Start.ToDateTimeOffset(),
            [.. agenda.Topics.Select(AgendaTopicApiView.Of)], [.. agenda.ToTalkThrough.Select(AgreementToTalkThrough.Of)]);
    }
}

public sealed record AgendaTopicApiView(Guid Id, AgendaTopicKind Kind, string Text, Guid RaisedBy, DateTimeOffset RaisedAt, IReadOnlyList<CaseRole> AudienceRoles, string Rule)
{
    public static AgendaTopicApiView Of(AgendaTopicView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Topic.Id.Value, view.Topic.Kind, view.Words.Body, view.Topic.RaisedBy.Value, view.Topic.RaisedAt.ToDateTimeOffset(), view.Words.AudienceRoles, view.Verdict.Rule.ToString());
    }
}

public sealed record AgreementToTalkThrough(Guid Id, string Title, Domain.Agreements.AgreementKind Kind, Guid ProposedBy)
{
    public static AgreementToTalkThrough Of(AgreementView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Id.Value, view.Words.Title, view.Agreement.Kind, view.Agreement.ProposedBy.Value);
    }
}
