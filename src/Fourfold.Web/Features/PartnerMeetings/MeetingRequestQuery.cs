using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.PartnerMeetings;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using NodaTime;

namespace Fourfold.Web.Features.PartnerMeetings;

/// <summary>
/// Reads a case's requests to meet the other partner's therapist for the signed-in person, through the door: each
/// request decided (the two partners and the therapist asked read it), then the preparation and the therapist's
/// answers decided and audited like any item. For the therapist it also says whether their client's authorizations
/// let the requesting partner read what they would write back.
/// </summary>
public sealed class MeetingRequestQuery(Data.FourfoldDbContext db, CaseDoor.CaseAccess door, DecidedItems decided, MeetingRequestStore store, ItemReadAudit audit, IClock clock)
{
    public async Task<CaseMeetings?> CaseAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        // An administrator of the practice reaches the case, and nothing of a partner's meetings with the team.
        if (await door.OpenAsync(caseId, cancellationToken) is not { IsMember: true } context)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        var zone = await ReaderZone.OfAsync(db, cancellationToken);
        var readable = new List<(MeetingRequest Request, AccessVerdict.Allowed Verdict)>();
        foreach (var request in await store.OfCaseAsync(caseId, cancellationToken))
        {
            if (AccessDecision.Decide(context.Reader, request.Facts, context.State, now) is AccessVerdict.Allowed allowed)
            {
                readable.Add((request, allowed));
            }
        }

        var itemIds = readable.SelectMany(r => r.Request.Answers.Select(ItemId.From).Prepend(r.Request.Preparation)).ToList();
        var words = (await decided.ByIdAsync(context, itemIds, cancellationToken)).ToDictionary(d => d.Words.Id);
        var views = readable.Select(r => new MeetingView(
            r.Request,
            r.Verdict,
            words.GetValueOrDefault(r.Request.Preparation),
            [.. r.Request.Answers.Select(id => words.GetValueOrDefault(ItemId.From(id))).OfType<DecidedItem>()],
            AnswerReachesRequester(r.Request, context, now),
            words.GetValueOrDefault(r.Request.Preparation) is { } prepared ? Visibility.Of(prepared.Words.Facts, context, now) : [])).ToList();

        var reads = new List<(ItemFacts, AccessVerdict.Allowed)>();
        reads.AddRange(views.Select(v => (v.Request.Facts, v.Verdict)));
        reads.AddRange(views.SelectMany(v => v.Answers.Prepend(v.Preparation).OfType<DecidedItem>()).Select(d => (d.Words.Facts, d.Verdict)));
        await audit.PageReadAsync(context.Reader.Person, caseId, reads, cancellationToken);

        var partner = context.ReaderRoles.Select(r => r.AsPartnerRole()).FirstOrDefault(p => p is not null);
        var therapists = partner is { } mine
            ? context.State.ActiveRoles.Where(pair => pair.Value.Contains(mine.Other().SupportRole())).Select(pair => pair.Key).ToList()
            : [];
        var accepts = await store.AcceptInformationFromPartnersAsync(therapists, cancellationToken);
        return new CaseMeetings(context, zone, partner, views, [.. therapists.Select(t => new TherapistChoice(t, context.NameOf(t), accepts.GetValueOrDefault(t, true)))]);
    }

    /// <summary>Whether an answer the therapist would write now reaches the partner who asked, under their client's authorizations.</summary>
    private static bool AnswerReachesRequester(MeetingRequest request, CaseReadContext context, Instant now)
    {
        var requester = new Reader(request.RequestedBy);
        var answer = new ItemFacts(Guid.Empty, request.CaseId, request.Therapist, request.Therapist, Authorship.SubjectOf(request.Client), Category.PlanAndProgress,
            Audience.Of(CaseRole.BetrayedPartner, CaseRole.InvolvedPartner));
        return context.State.RolesOf(request.RequestedBy).Count > 0 && AccessDecision.Decide(requester, answer, context.State, now) is AccessVerdict.Allowed;
    }
}

/// <summary>A case's meeting requests as one reader may see them, and who they could ask.</summary>
public sealed record CaseMeetings(CaseReadContext Context, string Zone, PartnerRole? ReaderPartner, IReadOnlyList<MeetingView> Requests, IReadOnlyList<TherapistChoice> Therapists);

/// <summary>One request, with what the reader may read of its preparation and answers.</summary>
public sealed record MeetingView(MeetingRequest Request, AccessVerdict.Allowed Verdict, DecidedItem? Preparation, IReadOnlyList<DecidedItem> Answers, bool AnswerReachesRequester,
    IReadOnlyList<VisibilityLine> PreparationVisibility);

/// <summary>The other partner's therapist or coach a partner may ask to meet, and whether they take information from partners.</summary>
public sealed record TherapistChoice(PersonId Person, string Name, bool AcceptsInformationFromPartners);
