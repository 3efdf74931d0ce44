using System.Text.Json;
using Fourfold.Domain.Cases;
using Fourfold.Domain.PartnerMeetings;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;
using NodaTime;

namespace Fourfold.Web.Features.PartnerMeetings;

/// <summary>
/// JSON API for a partner's requests to meet the other partner's therapist or coach: the case's requests as the caller
/// may read them, asking, the other partner's agreement, the therapist's acceptance or refusal, booking, and writing
/// back. A step that is not the caller's answers 400 with the reason; one from a revision answered meanwhile 409.
/// </summary>
internal static class PartnerMeetingsApi
{
    public static void MapPartnerMeetingsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/cases/{caseId:guid}/meeting-requests", async (Guid caseId, MeetingRequestQuery query, CancellationToken cancellationToken) =>
            await query.CaseAsync(CaseId.From(caseId), cancellationToken) is { } found
                ? Results.Ok(MeetingsApiView.Of(found))
                : ApiResults.NotFound())
        .RequireAuthorization(AccessPolicies.Member).WithTags("Meeting the other partner's therapist").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));

        endpoints.MapPost("/api/cases/{caseId:guid}/meeting-requests", async (Guid caseId, MeetingRequestRequest request, AskToMeet ask, CancellationToken cancellationToken) =>
            Answer(await ask.ExecuteAsync(CaseId.From(caseId), request.TherapistId, request.Questions ?? [], request.Concerns ?? [], cancellationToken), created: true))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Meeting the other partner's therapist").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/meeting-requests/{id:guid}/agree", async (Guid id, MeetingAnswerRequest request, AnswerMeetingRequest answer, CancellationToken cancellationToken) =>
            Answer(await answer.AgreeAsync(id, request.Revision, cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Meeting the other partner's therapist").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/meeting-requests/{id:guid}/decline", async (Guid id, MeetingAnswerRequest request, AnswerMeetingRequest answer, CancellationToken cancellationToken) =>
            Answer(await answer.DeclineAsync(id, request.Revision, cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Meeting the other partner's therapist").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/meeting-requests/{id:guid}/accept", async (Guid id, MeetingAnswerRequest request, AnswerMeetingRequest answer, CancellationToken cancellationToken) =>
            Answer(await answer.AcceptAsync(id, request.Revision, request.ClientAttends ?? true, cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Meeting the other partner's therapist").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/meeting-requests/{id:guid}/session", async (Guid id, MeetingBookingRequest request, BookMeeting book, CancellationToken cancellationToken) =>
            Answer(await book.ExecuteAsync(id, request.Start is { } start ? Instant.FromDateTimeOffset(start) : null, request.Minutes ?? 60, cancellationToken), created: true))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Meeting the other partner's therapist").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPost("/api/meeting-requests/{id:guid}/answers", async (Guid id, MeetingWrittenAnswerRequest request, WriteMeetingAnswer write, CancellationToken cancellationToken) =>
            Answer(await write.ExecuteAsync(id, request.Text, cancellationToken), created: true))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Meeting the other partner's therapist").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));
    }

    private static IResult Answer(MeetingOutcome outcome, bool created = false) => outcome.Kind switch
    {
        OutcomeKind.Done when created => Results.Created((string?)null, new { id = outcome.Id }),
        OutcomeKind.Done => Results.Ok(new { id = outcome.Id }),
        OutcomeKind.Refused when outcome.IsStale => Results.Problem(MeetingOutcome.StaleMessage, statusCode: StatusCodes.Status409Conflict, title: "Answered by someone else"),
        OutcomeKind.Refused => Results.ValidationProblem(outcome.Problems!.ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Key), p => new[] { p.Value })),
        OutcomeKind.NotFound => ApiResults.NotFound(),
    };
}

/// <summary>A request to meet: whom (needed when the partner has more than one therapist or coach), the questions, and up to three concerns.</summary>
public sealed record MeetingRequestRequest(Guid? TherapistId = null, IReadOnlyList<string>? Questions = null, IReadOnlyList<string>? Concerns = null);

public sealed record MeetingAnswerRequest(int? Revision = null, bool? ClientAttends = null);

public sealed record MeetingBookingRequest(DateTimeOffset? Start, int? Minutes = null);

public sealed record MeetingWrittenAnswerRequest(string? Text);

/// <summary>A case's meeting requests as the API shows them to one caller, with the guiding questions to prepare from.</summary>
public sealed record MeetingsApiView(IReadOnlyList<string> GuidingQuestions, IReadOnlyList<MeetingTherapistView> Therapists, IReadOnlyList<MeetingRequestView> Requests)
{
    public static MeetingsApiView Of(CaseMeetings found)
    {
        ArgumentNullException.ThrowIfNull(found);
        return new MeetingsApiView(
            Domain.PartnerMeetings.GuidingQuestions.All,
            [.. found.Therapists.Select(t => new MeetingTherapistView(t.Person.Value, t.Name, t.AcceptsInformationFromPartners))],
            [.. found.Requests.Select(v => new MeetingRequestView(
                v.Request.Id, v.Request.Status, MeetingWording.Describe(v.Request.Status), v.Request.Revision,
                v.Request.RequestedBy.Value, found.Context.NameOf(v.Request.RequestedBy), v.Request.Therapist.Value, found.Context.NameOf(v.Request.Therapist),
                v.Request.AskedAt, v.Request.PartnerAnsweredAt, v.Request.TherapistAnsweredAt, v.Request.ClientAttends, v.Request.Session?.Value,
                v.Preparation is { } prepared ? new MeetingTextView(prepared.Words.Id.Value, prepared.Words.Body) : null,
                [.. v.Answers.Select(a => new MeetingTextView(a.Words.Id.Value, a.Words.Body))],
                found.Context.Reader.Person == v.Request.Therapist ? v.AnswerReachesRequester : null))]);
    }
}

public sealed record MeetingTherapistView(Guid Id, string Name, bool AcceptsInformationFromPartners);

public sealed record MeetingRequestView(Guid Id, MeetingRequestStatus Status, string StatusName, int Revision, Guid RequestedBy, string RequestedByName,
    Guid Therapist, string TherapistName, Instant AskedAt, Instant? PartnerAnsweredAt, Instant? TherapistAnsweredAt, bool ClientAttends, Guid? SessionId,
    MeetingTextView? Preparation, IReadOnlyList<MeetingTextView> Answers, bool? AnswerWouldReachRequester);

public sealed record MeetingTextView(Guid Id, string Text);
