using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Features.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Sessions;

/// <summary>
/// Reads sessions for the signed-in person through the access decision (a session's time is attendance information),
/// and records every list shown as one read event listing its sessions.
/// </summary>
public sealed class SessionQueries(FourfoldDbContext db, CaseDoor.CaseAccess door, ItemReadAudit audit, IClock clock)
{
    private const int Shown = 200;

    /// <summary>A case's sessions still to come (soonest first), or those past (latest first).</summary>
    public async Task<(CaseReadContext Context, IReadOnlyList<SessionView> Sessions)?> ForCaseAsync(CaseId caseId, bool past, CancellationToken cancellationToken)
    {
        if (await door.OpenAsync(caseId, cancellationToken) is not { } context)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        var query = db.Sessions.AsNoTracking().Where(s => s.CaseId == caseId);
        var sessions = past
            ? await query.Where(s => s.End <= now).OrderByDescending(s => s.Start).Take(Shown).ToListAsync(cancellationToken)
            : await query.Where(s => s.End > now).OrderBy(s => s.Start).Take(Shown).ToListAsync(cancellationToken);
        var views = await ViewsAsync(sessions, new Dictionary<CaseId, CaseReadContext> { [caseId] = context }, cancellationToken);
        return (context, views);
    }

    /// <summary>The signed-in person's own sessions in every case, from now on and the last month's.</summary>
    public async Task<IReadOnlyList<SessionView>> MineAsync(CancellationToken cancellationToken)
    {
        if (db.Actor.Person is not { } me)
        {
            return [];
        }

        var since = clock.GetCurrentInstant() - Duration.FromDays(31);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.End > since && s.Participants.Any(p => p.Person == me))
            .OrderBy(s => s.Start).Take(Shown).ToListAsync(cancellationToken);
        var contexts = new Dictionary<CaseId, CaseReadContext>();
        foreach (var caseId in sessions.Select(s => s.CaseId).Distinct())
        {
            if (await door.ViewAsync(caseId, cancellationToken) is { } context)
            {
                contexts[caseId] = context;
            }
        }

        return await ViewsAsync(sessions, contexts, cancellationToken);
    }

    /// <summary>The sessions the reader may see, in the order given, each case's reads audited as one event.</summary>
    private async Task<IReadOnlyList<SessionView>> ViewsAsync(IReadOnlyList<Session> sessions, Dictionary<CaseId, CaseReadContext> contexts, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var people = sessions.SelectMany(s => s.Participants.Select(p => p.Person.Value)).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.TimeZoneId })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var viewerZone = db.Actor.Person is { } me && users.GetValueOrDefault(me.Value) is { } viewer ? viewer.TimeZoneId : await ViewerZoneAsync(cancellationToken);
        var views = new List<SessionView>();
        foreach (var group in sessions.GroupBy(s => s.CaseId))
        {
            if (!contexts.TryGetValue(group.Key, out var context))
            {
                continue;
            }

            var reader = context.Reader;
            var reads = new List<(ItemFacts, AccessVerdict.Allowed)>();
            foreach (var session in group)
            {
                var facts = SessionAccess.FactsFor(session, reader.Person);
                if (AccessDecision.Decide(reader, facts, context.State, now) is not AccessVerdict.Allowed allowed)
                {
                    continue;
                }

                reads.Add((facts, allowed));
                var participants = session.Participants
                    .OrderBy(p => p.Role)
                    .Select(p => new ParticipantView(p.Person.Value, users.GetValueOrDefault(p.Person.Value)?.DisplayName ?? context.NameOf(p.Person), p.Role,
                        users.GetValueOrDefault(p.Person.Value)?.TimeZoneId ?? "UTC", p.Attendance))
                    .ToList();
                views.Add(new SessionView(
                    session,
                    context.Case.Label,
                    SessionTimes.Span(session.Start, session.End, viewerZone),
                    SessionTimes.ForOthers(session.Start, viewerZone, participants.Where(p => p.Person != reader.Person.Value).Select(p => (p.Name, p.ZoneId))),
                    participants,
                    session.Includes(reader.Person),
                    session.MayBeChangedBy(reader.Person),
                    allowed));
            }

            await audit.PageReadAsync(reader.Person, group.Key, reads, cancellationToken);
        }

        var position = sessions.Select((session, index) => (session.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index);
        return views.OrderBy(view => position[view.Session.Id]).ToList();
    }

    /// <summary>The zone the signed-in person reads times in.</summary>
    public async Task<string> ViewerZoneAsync(CancellationToken cancellationToken) =>
        db.Actor.Person is { } me
            ? await db.Users.AsNoTracking().Where(u => u.Id == me.Value).Select(u => u.TimeZoneId).SingleAsync(cancellationToken)
            : "UTC";
}
