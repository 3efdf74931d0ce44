using System.Security.Cryptography;
using System.Text;
using Fourfold.Data;
using Fourfold.Data.Scheduling;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Sessions;

/// <summary>
/// Each person's iCalendar feed at a secret address: the sessions they take part in, titled "Fourfold session", with
/// no kind, no case and no names, so that a calendar shared with family or an assistant tells nothing. Cancelled
/// sessions stay in the feed as cancelled, so that calendar apps remove them.
/// </summary>
public sealed class CalendarFeeds(FourfoldDbContext db, DataActor actor, AuditedChanges changes, ItemReadAudit audit, CaseDoor.CaseAccess door, IClock clock)
{
    public const string Title = "Fourfold session";
    private const int MaxEntries = 500;
    private static readonly NodaTime.Duration History = NodaTime.Duration.FromDays(60);
    private static readonly NodaTime.Duration Ahead = NodaTime.Duration.FromDays(366);

    /// <summary>A new secret for the signed-in person; the address it makes replaces any earlier one.</summary>
    public async Task<string?> RegenerateAsync(CancellationToken cancellationToken)
    {
        if (db.Actor.Person is not { } me)
        {
            return null;
        }

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.Person == me, cancellationToken);
        if (feed is null)
        {
            feed = new CalendarFeed { Person = me };
            db.CalendarFeeds.Add(feed);
        }

        feed.SecretHash = Hash(secret);
        feed.CreatedAt = clock.GetCurrentInstant();
        return await changes.SaveAsync(db, AuditAction.CalendarFeedRenewed, null, cancellationToken) ? secret : null;
    }

    public async Task<bool> HasFeedAsync(CancellationToken cancellationToken) =>
        db.Actor.Person is { } me && await db.CalendarFeeds.AnyAsync(f => f.Person == me, cancellationToken);

    /// <summary>The feed for a secret, as iCalendar text; null for a secret that names no feed.</summary>
    public async Task<string?> FeedAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = Hash(secret ?? "");
        var person = await db.CalendarFeeds.AsNoTracking().Where(f => f.SecretHash == hash).Select(f => (PersonId?)f.Person).SingleOrDefaultAsync(cancellationToken);
        if (person is not { } holder || !await ActAsHolderAsync(holder, cancellationToken))
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        var since = now - History;
        var horizon = now + Ahead;
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.End > since && s.Start < horizon && s.Participants.Any(p => p.Person == holder))
            .OrderBy(s => s.Start)
            .Take(MaxEntries)
            .ToListAsync(cancellationToken);

        // Each participant holds their sessions in their own calendar: the door's view of each case decides so, and the
        // fetch is recorded like any read. A session the decision would not give them is left out.
        var shown = new List<Session>();
        foreach (var byCase in sessions.GroupBy(s => s.CaseId))
        {
            if (await door.ViewAsync(byCase.Key, cancellationToken) is not { } context)
            {
                continue;
            }

            var reads = new List<(ItemFacts, AccessVerdict.Allowed)>();
            foreach (var session in byCase)
            {
                var facts = SessionAccess.FactsFor(session, holder);
                if (AccessDecision.Decide(context.Reader, facts, context.State, now) is AccessVerdict.Allowed allowed)
                {
                    reads.Add((facts, allowed));
                    shown.Add(session);
                }
            }

            await audit.PageReadAsync(holder, byCase.Key, reads, cancellationToken);
        }

        var calendar = new Calendar { ProductId = "-//Fourfold//Sessions//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Fourfold");
        foreach (var session in shown)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{session.Id}@fourfold",
                Summary = Title,
                DtStart = new CalDateTime(session.Start.ToDateTimeUtc()),
                DtEnd = new CalDateTime(session.End.ToDateTimeUtc()),
                DtStamp = new CalDateTime((session.ChangedAt ?? session.BookedAt).ToDateTimeUtc()),
                Sequence = session.ChangedAt is null ? 0 : 1,
                Status = session.IsBooked ? EventStatus.Confirmed : EventStatus.Cancelled,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar);
    }

    /// <summary>
    /// The feed's address stands for its holder's sign-in to this one read: it reaches the cases they are on now, as
    /// they would signed in. A locked-out or turned-off account's feed stops with its sign-in.
    /// </summary>
    private async Task<bool> ActAsHolderAsync(PersonId holder, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == holder.Value)
            .Select(u => new { u.Kind, u.PracticeId, u.LockoutEnd, u.DisabledAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (account is null || account.DisabledAt is not null || (account.LockoutEnd is { } until && until > clock.GetCurrentInstant().ToDateTimeOffset()))
        {
            return false;
        }

        actor.SignIn(holder, account.Kind, account.PracticeId, await db.ReachableCasesAsync(holder, account.Kind, account.PracticeId, cancellationToken));
        return true;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
