using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.PartnerMeetings;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.PartnerMeetings;

/// <summary>
/// The therapist writes back after meeting their client's partner: an item about their client, saved only when their
/// client's authorizations let the partner who asked read it, since an answer they could not read would help nobody.
/// </summary>
public sealed class WriteMeetingAnswer(FourfoldDbContext db, MeetingDoor door, CaseDoor.CaseAccess cases, MeetingRequestStore store, AuditedChanges changes, ReaderNotices notices, IClock clock)
{
    public async Task<MeetingOutcome> ExecuteAsync(Guid id, string? text, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        if (await door.OpenAsync(id, AuditAction.MeetingAnswerWritten, cancellationToken) is not var (request, context)
            || await cases.AuthorAsync(request.CaseId, now, cancellationToken) is not { } loaded)
        {
            return MeetingOutcome.NotFound;
        }

        ClinicalItem answer;
        try
        {
            answer = request.WriteAnswer(loaded.Context, text, now);
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return MeetingOutcome.Refused(violation.Field ?? "Text", violation.Message);
        }

        if (AccessDecision.Decide(new Reader(request.RequestedBy), answer.Facts, context.State, now) is not AccessVerdict.Allowed)
        {
            db.ChangeTracker.Clear();
            return MeetingOutcome.Refused("Text", $"{context.NameOf(request.RequestedBy)} could not read this: {context.NameOf(PartnerOf(request, context))} has not authorized them to see plan and progress information. Nothing was sent; you could talk with your client about it first.");
        }

        store.Add(answer);
        if (!await changes.SaveAsync(db, AuditAction.MeetingAnswerWritten, request.CaseId, cancellationToken, ItemReadAudit.Subjects(answer.Subject), answer.Id.Value))
        {
            return MeetingOutcome.Stale;
        }

        await notices.SendAsync(context, answer, writer => new ReaderNotice($"{writer} wrote to you in Fourfold", $"{writer} wrote something for you to read.", $"/cases/{request.CaseId}/meetings"), null, cancellationToken);
        return MeetingOutcome.Done(answer.Id.Value);
    }

    private static Domain.People.PersonId PartnerOf(MeetingRequest request, CaseReadContext context) =>
        context.State.ActiveRoles.Where(pair => pair.Value.Contains(request.Client.AsCaseRole())).Select(pair => pair.Key).FirstOrDefault();
}
