using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.PartnerMeetings;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.PartnerMeetings;

/// <summary>
/// The answers a request to meet waits for: the other partner's (agree, or not), then the therapist's (accept, deciding
/// whether their client joins, or decline). Each is saved with its audit event from the revision read, and the next
/// person is told by an email that says nothing of what was asked.
/// </summary>
public sealed class AnswerMeetingRequest(FourfoldDbContext db, MeetingDoor door, MeetingRequestStore store, AuditedChanges changes, ReaderNotices notices, IClock clock)
{
    public async Task<MeetingOutcome> AgreeAsync(Guid id, int? revision, CancellationToken cancellationToken) =>
        await AnswerAsync(id, revision, Answer.Agree, clientAttends: true, cancellationToken);

    /// <summary>Declines as whoever the caller is: the other partner while it waits for them, the therapist asked while it waits for them.</summary>
    public async Task<MeetingOutcome> DeclineAsync(Guid id, int? revision, CancellationToken cancellationToken) =>
        await AnswerAsync(id, revision, Answer.Decline, clientAttends: false, cancellationToken);

    public async Task<MeetingOutcome> AcceptAsync(Guid id, int? revision, bool clientAttends, CancellationToken cancellationToken) =>
        await AnswerAsync(id, revision, Answer.Accept, clientAttends, cancellationToken);

    private async Task<MeetingOutcome> AnswerAsync(Guid id, int? revision, Answer answer, bool clientAttends, CancellationToken cancellationToken)
    {
        if (await door.OpenAsync(id, AuditAction.MeetingRequestAnswered, cancellationToken) is not var (request, context))
        {
            return MeetingOutcome.NotFound;
        }

        if (revision is { } read && read != request.Revision)
        {
            return MeetingOutcome.Stale;
        }

        var now = clock.GetCurrentInstant();
        var me = context.Reader.Person;
        var asPartner = answer == Answer.Agree || (answer == Answer.Decline && context.ReaderRoles.Contains(request.Client.AsCaseRole()));
        MeetingRefusal? refusal;
        if (asPartner)
        {
            var preparation = await store.PreparationAsync(request.Preparation, cancellationToken);
            var accepts = await store.AcceptInformationFromPartnersAsync([request.Therapist], cancellationToken);
            refusal = preparation is null ? MeetingRefusal.NotAwaitingThePartner
                : answer == Answer.Agree && request.SendsConcerns && !accepts.GetValueOrDefault(request.Therapist, true) ? MeetingRefusal.TakesNoInformationFromPartners
                : request.AnswerAsPartner(me, context.ReaderRoles, answer == Answer.Agree, preparation, now);
        }
        else
        {
            refusal = request.AnswerAsTherapist(me, answer == Answer.Accept, clientAttends, now);
        }

        if (refusal is { } refused)
        {
            db.ChangeTracker.Clear();
            return MeetingOutcome.Refused("Answer", MeetingWording.Explain(refused));
        }

        if (!await changes.SaveAsync(db, AuditAction.MeetingRequestAnswered, request.CaseId, cancellationToken, ItemReadAudit.Subjects(Authorship.SubjectOf(request.Requester)), request.Id))
        {
            return MeetingOutcome.Stale;
        }

        var (whom, lead) = request.Status switch
        {
            MeetingRequestStatus.AwaitingTherapist => ((Func<Domain.People.PersonId, bool>)(person => person == request.Therapist),
                "A client's partner would like to meet you, and their partner has agreed."),
            _ => (person => person == request.RequestedBy, "There is an answer to your request to meet your partner's therapist or coach."),
        };
        await notices.SendAsync(context, request.Facts, _ => new ReaderNotice("Something is waiting for you in Fourfold", lead, $"/cases/{request.CaseId}/meetings"), whom, cancellationToken);
        return MeetingOutcome.Done(request.Id);
    }

    private enum Answer
    {
        Agree = 1,
        Decline = 2,
        Accept = 3,
    }
}
