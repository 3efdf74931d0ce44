using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.PartnerMeetings;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.PartnerMeetings;

/// <summary>A partner asks to meet the other partner's therapist or coach, with what they prepared; the other partner is asked first.</summary>
public sealed class AskToMeet(FourfoldDbContext db, CaseDoor.CaseAccess door, MeetingRequestStore store, AuditedChanges changes, ReaderNotices notices, IClock clock)
{
    public async Task<MeetingOutcome> ExecuteAsync(CaseId caseId, Guid? therapistId, IReadOnlyList<string> questions, IReadOnlyList<string> concerns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(concerns);
        var now = clock.GetCurrentInstant();
        if (await door.AuthorAsync(caseId, now, cancellationToken) is not { } loaded || await door.ViewAsync(caseId, cancellationToken) is not { } context)
        {
            await changes.RefusedAsync(db, AuditAction.MeetingRequested, caseId, null, nameof(DenialReason.NotOnCase), cancellationToken);
            return MeetingOutcome.NotFound;
        }

        var partner = loaded.Context.AuthorPartner;
        var supports = partner is { } mine
            ? loaded.Context.ActiveRoles.Where(pair => pair.Value.Contains(mine.Other().SupportRole())).Select(pair => pair.Key).ToList()
            : [];
        var therapist = therapistId is { } chosen ? PersonId.From(chosen) : supports.Count == 1 ? supports[0] : default;
        var accepts = await store.AcceptInformationFromPartnersAsync([therapist], cancellationToken);
        if (MeetingRequest.Check(loaded.Context, therapist, accepts.GetValueOrDefault(therapist, true), questions, concerns) is { Count: > 0 } problems)
        {
            return MeetingOutcome.Invalid(problems);
        }

        if ((await store.OfCaseAsync(caseId, cancellationToken)).Any(r => r.IsOpen && r.RequestedBy == loaded.Context.Author && r.Therapist == therapist))
        {
            return MeetingOutcome.Refused("Therapist", MeetingWording.Explain(MeetingRefusal.AlreadyAsked));
        }

        MeetingRequest request;
        try
        {
            (request, var preparation) = MeetingRequest.Ask(loaded.Context, therapist, context.NameOf(therapist), accepts.GetValueOrDefault(therapist, true), questions, concerns, now);
            store.Add(request, preparation);
        }
        catch (DomainRuleViolation violation)
        {
            return MeetingOutcome.Refused(violation.Field ?? "Questions", violation.Message);
        }

        if (!await changes.SaveAsync(db, AuditAction.MeetingRequested, caseId, cancellationToken, ItemReadAudit.Subjects(Authorship.SubjectOf(request.Requester)), request.Id))
        {
            return MeetingOutcome.Stale;
        }

        await notices.SendAsync(context, request.Facts, asker => new ReaderNotice($"{asker} asked you something in Fourfold",
            $"{asker} would like to meet your therapist or coach, and asks whether you agree first.", $"/cases/{caseId}/meetings"),
            person => context.State.RolesOf(person).Contains(request.Client.AsCaseRole()), cancellationToken);
        return MeetingOutcome.Done(request.Id);
    }
}
