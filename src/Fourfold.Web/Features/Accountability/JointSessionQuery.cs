using Fourfold.Domain.Access;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Features.Agreements;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Features.Sessions;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>
/// The agenda of a case's next joint session as the reader may see it: the next joint session they can see, the topics
/// and notes brought to it that they may read, and the agreements a partner asked to talk through. A partner whose
/// partner had an individual session with the couples therapist since the last joint session (as far as they can see
/// it) is offered a note of how that felt.
/// </summary>
public sealed class JointSessionQuery(DecidedItems decided, AgendaTopicStore store, AgreementQuery agreements, SessionQueries sessions, ItemReadAudit audit, IClock clock)
{
    public async Task<JointSessionAgenda?> CaseAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        if (await agreements.DecidedAsync(caseId, a => a.Status == AgreementStatus.Discussing, cancellationToken) is not { } talk)
        {
            return null;
        }

        var context = talk.Context;
        var now = clock.GetCurrentInstant();
        await audit.TitlesReadAsync(context.Reader.Person, caseId, talk.Agreements.Select(a => (a.Words.Facts, a.Verdict)).ToList(), cancellationToken);
        var read = await decided.OfKindsAsync(context, [ItemKind.AgendaTopic], cancellationToken);
        var states = await store.OfAsync(caseId, read.Select(r => r.Words.Id).ToList(), cancellationToken);
        var topics = read
            .Where(r => states.TryGetValue(r.Words.Id, out var state) && state.DiscussedAt is null)
            .Select(r => new AgendaTopicView(states[r.Words.Id], r.Words, r.Verdict, Visibility.Of(r.Words.Facts, context, now)))
            .OrderBy(t => t.Topic.Id)
            .ToList();
        await audit.PageReadAsync(context.Reader.Person, caseId, topics.Select(t => (t.Words.Facts, t.Verdict)).ToList(), cancellationToken);

        var coming = (await sessions.ForCaseAsync(caseId, past: false, cancellationToken))?.Sessions ?? [];
        var past = (await sessions.ForCaseAsync(caseId, past: true, cancellationToken))?.Sessions ?? [];
        var next = coming.Where(s => IsJoint(s.Session)).MinBy(s => s.Session.Start);
        return new JointSessionAgenda(context, next, topics, talk.Agreements, OfferAfter(context, past));
    }

    private static bool IsJoint(Session session) => session.Kind is SessionKind.Couple or SessionKind.FourPerson && session.Status != SessionStatus.Cancelled;

    /// <summary>The other partner's individual session with the couples therapist since the last joint session, if the reader can see one.</summary>
    private static SessionView? OfferAfter(CaseReadContext context, IReadOnlyList<SessionView> past) =>
        context.ReaderRoles.Select(r => r.AsPartnerRole()).FirstOrDefault(p => p is not null) is { } partner
            && AgendaTopic.HowItFeltAfter(partner, past.Select(s => s.Session)) is { } session
            ? past.First(s => s.Session == session)
            : null;
}

/// <summary>A topic or note brought to the next joint session, as the reader is shown it.</summary>
public sealed record AgendaTopicView(AgendaTopic Topic, ItemView Words, AccessVerdict.Allowed Verdict, IReadOnlyList<VisibilityLine> Visibility);

/// <summary>The next joint session's agenda for one reader.</summary>
public sealed record JointSessionAgenda(CaseReadContext Context, SessionView? Next, IReadOnlyList<AgendaTopicView> Topics, IReadOnlyList<AgreementView> ToTalkThrough, SessionView? HowItFeltOffer);
