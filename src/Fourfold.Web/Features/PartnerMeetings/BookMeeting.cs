using Fourfold.Domain.Audit;
using Fourfold.Domain.PartnerMeetings;
using Fourfold.Domain.Records;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Features.Sessions;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.PartnerMeetings;

/// <summary>
/// The therapist books the meeting they accepted, as a session of the partner, the therapist, and their client unless
/// they decided otherwise; the session and the request's new status are saved together or not at all.
/// </summary>
public sealed class BookMeeting(MeetingDoor door, BookSession book)
{
    public async Task<MeetingOutcome> ExecuteAsync(Guid id, Instant? start, int minutes, CancellationToken cancellationToken)
    {
        if (await door.OpenAsync(id, AuditAction.MeetingBooked, cancellationToken) is not var (request, context))
        {
            return MeetingOutcome.NotFound;
        }

        if (context.Reader.Person != request.Therapist)
        {
            return MeetingOutcome.Refused("Start", MeetingWording.Explain(MeetingRefusal.NotTheTherapistAsked));
        }

        if (request.Status != MeetingRequestStatus.Accepted)
        {
            return MeetingOutcome.Refused("Start", MeetingWording.Explain(MeetingRefusal.NotAccepted));
        }

        var booking = new SessionRequest(SessionKind.PartnerMeetsTherapist, request.Requester, start, minutes, WithTheirClient: request.ClientAttends);
        var booked = await book.BookAsync(request.CaseId, booking, null, null, session =>
        {
            request.Book(request.Therapist, session.Id);
            return new AuditedChange(AuditAction.MeetingBooked, ItemReadAudit.Subjects(Authorship.SubjectOf(request.Requester)), request.Id);
        }, cancellationToken);
        return booked.Kind switch
        {
            Features.OutcomeKind.Done => MeetingOutcome.Done(booked.SessionId!.Value.Value),
            Features.OutcomeKind.NotFound => MeetingOutcome.NotFound,
            _ => MeetingOutcome.Invalid(booked.Problems!),
        };
    }
}
