using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>JSON API for homework, the partners' notes of how it went, and a professional's agenda.</summary>
internal static class HomeworkApi
{
    public static void MapHomeworkApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/cases/{caseId:guid}/homework", async (Guid caseId, HomeworkQuery query, CancellationToken cancellationToken) =>
            await query.CaseAsync(CaseId.From(caseId), cancellationToken) is { } found
                ? Results.Ok(new HomeworkListApiView(
                    [.. found.Homework.Select(h => HomeworkApiView.Of(h, found.Context))],
                    [.. found.NotesWithoutTheirHomework.Select(n => HomeworkLogApiView.Of(n, found.Context, homeworkShown: false))]))
                : ApiResults.NotFound())
        .RequireAuthorization(AccessPolicies.Member).WithTags("Accountability").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));

        endpoints.MapPost("/api/cases/{caseId:guid}/homework", async (Guid caseId, HomeworkRequest request, SetHomework set, CancellationToken cancellationToken) =>
            AccountabilityResults.Of(await set.ExecuteAsync(CaseId.From(caseId), request.ToDraft(), cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Accountability").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/homework/{id:guid}/log", async (Guid id, HomeworkLogRequest request, LogHomework log, CancellationToken cancellationToken) =>
            AccountabilityResults.Of(await log.ExecuteAsync(ItemId.From(id), request.ToDraft(), cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Accountability").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/homework/logs/{id:guid}/talked-through", async (Guid id, TalkThroughHomework talk, CancellationToken cancellationToken) =>
            await talk.ExecuteAsync(ItemId.From(id), cancellationToken) switch
            {
                OutcomeKind.Done => Results.NoContent(),
                OutcomeKind.Refused => Results.Conflict(new { message = "Only the partner's own therapist or coach marks this talked through, once." }),
                OutcomeKind.NotFound => ApiResults.NotFound(),
            })
        .RequireAuthorization(AccessPolicies.Member).WithTags("Accountability").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapGet("/api/me/agenda", async (AgendaQuery agenda, CancellationToken cancellationToken) =>
            Results.Ok(AgendaApiView.Of(await agenda.MineAsync(cancellationToken))))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Accountability").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));
    }
}

/// <summary>Homework to set: what, for whom, due when, and which professional roles besides the partners read it.</summary>
public sealed record HomeworkRequest(string? What, string? Details, HomeworkFor? For, DateOnly? DueOn, IReadOnlyList<CaseRole>? AudienceRoles)
{
    public HomeworkDraft ToDraft() => new(What, Details, For, DueOn is { } due ? LocalDate.FromDateOnly(due) : null, AudienceRoles ?? []);
}

/// <summary>How a piece of homework went, whether to bring it to one's own therapist or coach, and who else reads it.</summary>
public sealed record HomeworkLogRequest(string? HowItWent, bool BringToMyIndividualSession, IReadOnlyList<CaseRole>? AudienceRoles)
{
    public HomeworkLogDraft ToDraft() => new(HowItWent, BringToMyIndividualSession, AudienceRoles ?? []);
}

public sealed record HomeworkListApiView(IReadOnlyList<HomeworkApiView> Homework, IReadOnlyList<HomeworkLogApiView> NotesWithoutTheirHomework);

public sealed record HomeworkApiView(Guid Id, string What, string Details, HomeworkFor For, DateOnly DueOn, Guid SetBy, DateTimeOffset SetAt, IReadOnlyList<CaseRole> AudienceRoles,
    string Rule, IReadOnlyList<HomeworkLogApiView> Logs)
{
    public static HomeworkApiView Of(HomeworkView view, Records.CaseReadContext context)
    {
        ArgumentNullException.ThrowIfNull(view);
        var homework = view.Homework;
        return new(homework.Id.Value, view.Words.Title, view.Words.Body, homework.For, homework.DueOn.ToDateOnly(), homework.SetBy.Value, homework.SetAt.ToDateTimeOffset(),
            view.Words.AudienceRoles, view.Verdict.Rule.ToString(), [.. view.Logs.Select(log => HomeworkLogApiView.Of(log, context, homeworkShown: true))]);
    }
}

/// <summary>
/// A note of how homework went as the API shows it. The homework is named only when the reader may read it; whether it
/// is brought to an individual session, only to the partner and their own support (null to others).
/// </summary>
public sealed record HomeworkLogApiView(Guid Id, Guid? HomeworkId, string HowItWent, Guid Partner, DateTimeOffset LoggedAt, bool? BringToIndividualSession,
    DateTimeOffset? TalkedThroughAt, IReadOnlyList<CaseRole> AudienceRoles, string Rule)
{
    public static HomeworkLogApiView Of(HomeworkLogView view, Records.CaseReadContext context, bool homeworkShown)
    {
        ArgumentNullException.ThrowIfNull(view);
        var log = view.Log;
        var flag = HomeworkLogView.SeesTheFlag(log, context);
        return new(log.Id.Value, homeworkShown ? log.HomeworkId.Value : null, view.Words.Body, log.Partner.Value, log.LoggedAt.ToDateTimeOffset(), flag ? log.BringToIndividualSession : null,
            flag ? log.TalkedThroughAt?.ToDateTimeOffset() : null, view.Words.AudienceRoles, view.Verdict.Rule.ToString());
    }
}

/// <summary>
/// The caller's agenda: notes partners they support brought for an individual session, and for a couples therapist
/// what waits for each case's next joint session. A homework's title is named only when the caller may read it.
/// </summary>
public sealed record AgendaApiView(IReadOnlyList<AgendaNoteApiView> IndividualSessions, IReadOnlyList<JointSessionApiView> JointSessions)
{
    public static AgendaApiView Of(MyAgenda agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        return new([.. agenda.Homework.Select(AgendaNoteApiView.Of)], [.. agenda.JointSessions.Select(JointSessionApiView.Of)]);
    }
}

public sealed record AgendaNoteApiView(Guid CaseId, string Case, Guid NoteId, Guid Partner, string PartnerName, string HowItWent, DateTimeOffset LoggedAt, Guid? HomeworkId, string? Homework)
{
    public static AgendaNoteApiView Of(AgendaEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Context.Case.Id.Value, entry.Context.Case.Label, entry.Log.Id.Value, entry.Log.Partner.Value, entry.Context.NameOf(entry.Log.Partner), entry.Note.Words.Body,
            entry.Log.LoggedAt.ToDateTimeOffset(), entry.Homework?.Words.Id.Value, entry.Homework?.Words.Title);
    }
}
