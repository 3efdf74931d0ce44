using System.Globalization;
using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Web.Features.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.AccessHistory;

/// <summary>
/// "Who has seen my information": for the signed-in partner, every read by someone else of an item about them that
/// they may read themselves now (<see cref="AccessHistoryRule"/>), grouped by reader and item, the most recently read
/// first, paged with a cursor through all of them. Taken from the audit trail's "who has read it" rows. Naming the
/// items shows the partner their titles: audited as a read of titles, which nobody's history counts as opening them.
/// </summary>
public sealed class AccessHistoryQuery(FourfoldDbContext db, CaseDoor.CaseAccess door, ItemStore store, ItemReadAudit audit, IClock clock)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    private static readonly AccessHistoryResult Empty = new([], null);

    /// <summary>Whether a cursor is one this query wrote; none at all is the first page.</summary>
    public static bool IsCursor(string? after) => after is null || Cursor.TryParse(after, out _);

    public async Task<AccessHistoryResult> ForMeAsync(string? after, int limit, CancellationToken cancellationToken)
    {
        if (db.Actor.Person is not { } me)
        {
            return Empty;
        }

        limit = Math.Clamp(limit, 1, MaxPageSize);
        var now = clock.GetCurrentInstant();
        var listable = await ListableItemsAsync(me, now, cancellationToken);
        if (listable.Count == 0)
        {
            return Empty;
        }

        var groups = (await GroupedReadsAsync(me, listable, cancellationToken))
            .Where(g => AccessHistoryRule.ListsReadBy(PersonId.From(g.ReaderId), listable[g.ItemId].Context.Reader, listable[g.ItemId].Item.Facts))
            .OrderByDescending(g => g.LastSequence).ThenByDescending(g => g.ItemId)
            .ToList();
        var start = Cursor.TryParse(after, out var cursor) ? groups.FindIndex(g => cursor.IsAfter(g.LastSequence, g.ItemId)) : 0;
        var shown = start < 0 ? [] : groups.Skip(start).Take(limit + 1).ToList();
        var next = shown.Count > limit ? new Cursor(shown[limit - 1].LastSequence, shown[limit - 1].ItemId).ToString() : null;
        shown = shown.Take(limit).ToList();
        return new AccessHistoryResult(await DescribeAsync(me, shown, listable, now, cancellationToken), next);
    }

    /// <summary>The items about the partner, in every case where they are a partner, that they may read now.</summary>
    private async Task<Dictionary<Guid, Listable>> ListableItemsAsync(PersonId me, Instant now, CancellationToken cancellationToken)
    {
        var listable = new Dictionary<Guid, Listable>();
        var myCases = (await db.Cases.AsNoTracking().Select(c => c.Id).ToListAsync(cancellationToken));
        foreach (var caseId in myCases)
        {
            var context = await door.ViewAsync(caseId, cancellationToken);
            if (context?.Case.PartnerRoleOf(me) is not { } role)
            {
                continue;
            }

            foreach (var header in await store.SharedHeadersAsync(caseId, null, new TimelineFilter(), int.MaxValue, cancellationToken))
            {
                if (AccessHistoryRule.MayListReadsOf(context.Reader, role, header.Facts, context.State, now))
                {
                    listable[header.Id.Value] = new Listable(header, context, role);
                }
            }
        }

        return listable;
    }

    /// <summary>Reads by others of those items, counted per reader and item in the database.</summary>
    private async Task<List<ReadGroup>> GroupedReadsAsync(PersonId me, Dictionary<Guid, Listable> listable, CancellationToken cancellationToken)
    {
        var single = nameof(AuditAction.ReadItem);
        var page = nameof(AuditAction.ReadItems);
        var succeeded = nameof(AuditOutcome.Succeeded);
        var caseIds = listable.Values.Select(l => l.Context.Case.Id.Value).Distinct().ToList();
        var itemIds = listable.Keys.ToList();
        return await (
                from read in db.AuditItemReads
                where caseIds.Contains(read.AuditedCaseId) && itemIds.Contains(read.ItemId)
                join e in db.AuditEvents on read.Sequence equals e.Sequence
                where e.Outcome == succeeded && e.ActorId != null && e.ActorId != me.Value && (e.Action == single || e.Action == page)
                group read.Sequence by new { read.ItemId, ReaderId = e.ActorId!.Value } into g
                select new ReadGroup(g.Key.ItemId, g.Key.ReaderId, g.Count(), g.Min(), g.Max()))
            .ToListAsync(cancellationToken);
    }

    private async Task<List<AccessHistoryEntry>> DescribeAsync(PersonId me, List<ReadGroup> shown, Dictionary<Guid, Listable> listable, Instant now, CancellationToken cancellationToken)
    {
        if (shown.Count == 0)
        {
            return [];
        }

        var sequences = shown.SelectMany(g => new[] { g.FirstSequence, g.LastSequence }).Distinct().ToList();
        var events = await db.AuditEvents.AsNoTracking().Where(e => sequences.Contains(e.Sequence))
            .Select(e => new { e.Sequence, e.At, e.Action, e.Rule, e.Authorizations, e.Items })
            .ToDictionaryAsync(e => e.Sequence, cancellationToken);
        var titles = await TitlesAsync(me, shown.Select(g => listable[g.ItemId]).DistinctBy(l => l.Item.Id).ToList(), now, cancellationToken);

        var readerIds = shown.Select(g => g.ReaderId).Distinct().ToList();
        var readers = await db.Users.AsNoTracking().Where(u => readerIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Kind, Profession = u.Profile == null ? (ProfessionKind?)null : u.Profile.Profession })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var lastReads = shown.ToDictionary(g => (g.ItemId, g.ReaderId), g =>
        {
            var e = events[g.LastSequence];
            return e.Action == nameof(AuditAction.ReadItems)
                ? AuditedReads.Parse(e.Items).FirstOrDefault(r => r.ItemId == g.ItemId) ?? new AuditedRead(g.ItemId, "", "", "")
                : new AuditedRead(g.ItemId, "", e.Rule, e.Authorizations);
        });
        // A read was allowed by authorizations of the item's own case, which the door's view of that case holds.
        var authorizations = shown.Select(g => listable[g.ItemId].Context).DistinctBy(context => context.Case.Id)
            .SelectMany(context => context.State.Authorizations).ToDictionary(a => a.Id);

        return shown.Select(g =>
        {
            var (item, context, role) = listable[g.ItemId];
            var reader = readers.GetValueOrDefault(g.ReaderId);
            var lastRead = lastReads[(g.ItemId, g.ReaderId)];
            var mine = AuthorizationIds(lastRead.Authorizations).Select(authorizations.GetValueOrDefault).FirstOrDefault(a => a is not null && a.GrantedBy == me);
            var relation = reader is null ? "no longer on Fourfold" : Relation(context.Case, PersonId.From(reader.Id), role, reader.Kind, reader.Profession);
            return new AccessHistoryEntry(context.Case.Id, context.Case.Label, item.Id.Value, item.Kind, titles[item.Id.Value],
                reader?.DisplayName ?? "A former user", relation, g.Times, events[g.FirstSequence].At, events[g.LastSequence].At,
                AllowedBy(lastRead.Rule, mine is not null), mine?.SignedAt);
        }).ToList();
    }

    /// <summary>The titles of the items shown, decided again now and audited as the partner's read of them.</summary>
    private async Task<Dictionary<Guid, string>> TitlesAsync(PersonId me, List<Listable> items, Instant now, CancellationToken cancellationToken)
    {
        var titles = new Dictionary<Guid, string>();
        foreach (var inCase in items.GroupBy(l => l.Context))
        {
            var context = inCase.Key;
            var read = await store.SharedItemsAsync(context.Case.Id, inCase.Select(l => l.Item.Id).ToList(), cancellationToken);
            var allowed = read
                .Select(item => (Item: item, Verdict: AccessDecision.Decide(context.Reader, item.Facts, context.State, now) as AccessVerdict.Allowed))
                .Where(r => r.Verdict is not null)
                .Select(r => (Plain: store.TryDecrypted(r.Item), r.Verdict))
                .Where(r => r.Plain is not null)
                .ToList();
            await audit.TitlesReadAsync(me, context.Case.Id, allowed.Select(r => (r.Plain!.Facts, r.Verdict!)).ToList(), cancellationToken);
            foreach (var (item, _) in allowed)
            {
                titles[item!.Id.Value] = item.Title;
            }
        }

        // An item changed between the two decisions, or whose text cannot be decrypted, is still listed, without its title.
        foreach (var item in items.Where(l => !titles.ContainsKey(l.Item.Id.Value)))
        {
            titles[item.Item.Id.Value] = "";
        }

        return titles;
    }

    private static IEnumerable<AuthorizationId> AuthorizationIds(string commaSeparated) =>
        commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => Guid.TryParse(id, CultureInfo.InvariantCulture, out var parsed) ? AuthorizationId.From(parsed) : (AuthorizationId?)null)
            .OfType<AuthorizationId>();

    /// <summary>What the reader is to the partner, in the words the partner sees everywhere (<see cref="Cases.PartnerWords"/>).</summary>
    private static string Relation(Case readCase, PersonId actor, PartnerRole me, PersonKind kind, ProfessionKind? profession)
    {
        var roles = readCase.RolesOf(actor);
        CaseRole[] closestFirst = [me.Other().AsCaseRole(), me.SupportRole(), me.Other().SupportRole(), CaseRole.CouplesTherapist];
        return closestFirst.FirstOrDefault(roles.Contains) is var role && roles.Contains(role)
            ? Cases.PartnerWords.RoleAsSeenBy(me, role, profession ?? ProfessionKind.Therapist).ToLowerInvariant()
            : kind == PersonKind.PracticeAdministrator ? "the practice's administrator"
            : "a former member of the team";
    }

    private static string AllowedBy(string rule, bool throughMyAuthorization) =>
        throughMyAuthorization ? "your authorization"
        : Enum.TryParse<AccessRule>(rule, out var parsed) ? parsed switch
        {
            AccessRule.RecordHolder or AccessRule.Author or AccessRule.PsychotherapyNoteHolder => "being the one who wrote it",
            AccessRule.AdministratorAttendance => "their role in scheduling (attendance only)",
            AccessRule.SubjectPartnerInAudience => "being among the people it was written for",
            AccessRule.AudienceWithConsent => "being among the people it was written for",
        }
        : "the rules of the practice";

    private sealed record Listable(ItemHeader Item, CaseReadContext Context, PartnerRole Role);

    private sealed record ReadGroup(Guid ItemId, Guid ReaderId, int Times, long FirstSequence, long LastSequence);

    /// <summary>Where a page ended: the last group's newest read and item, which order the groups.</summary>
    private readonly record struct Cursor(long Sequence, Guid ItemId)
    {
        public bool IsAfter(long sequence, Guid itemId) => sequence < Sequence || (sequence == Sequence && itemId.CompareTo(ItemId) < 0);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sequence}-{ItemId:N}");

        public static bool TryParse(string? text, out Cursor cursor)
        {
            cursor = default;
            var parts = text?.Split('-');
            if (parts is not [var sequence, var item] || !long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
                || !Guid.TryParseExact(item, "N", out var id))
            {
                return false;
            }

            cursor = new Cursor(s, id);
            return true;
        }
    }
}
