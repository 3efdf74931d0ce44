using Fourfold.Data;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.CaseDoor;

/// <summary>
/// The one door to a case: who the signed-in person is on it, read once per request and decided by one rule. A member
/// of the team reads through it and writes as an author; an administrator of the case's practice reads through it
/// (the access decision then shows them attendance alone); anyone else finds nothing, which callers answer as "not
/// found". Any change saved in the request closes what was read, so the next question sees the change.
/// </summary>
public sealed class CaseAccess
{
    private readonly FourfoldDbContext db;
    private readonly ItemStore store;
    private readonly ItemReadAudit audit;
    private readonly IClock clock;
    private readonly CaseViews views;
    private readonly Dictionary<CaseId, CaseReadContext?> read = [];

    public CaseAccess(FourfoldDbContext db, ItemStore store, ItemReadAudit audit, IClock clock, CaseViews views)
    {
        this.views = views;
        this.db = db;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        db.SavedChanges += (_, _) => read.Clear();
    }

    /// <summary>The reader's view of the case; a reader with no place there is refused, and the refusal audited.</summary>
    public async Task<CaseReadContext?> OpenAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        var context = await ViewAsync(caseId, cancellationToken);
        if (context is null)
        {
            await audit.CaseDeniedAsync(db.Actor.Person, caseId, cancellationToken);
        }

        return context;
    }

    /// <summary>
    /// The same view, with a refusal left for the caller to audit: one that names an item it was after, or one that
    /// looks across the reader's own cases and meets none that is closed to them.
    /// </summary>
    public async Task<CaseReadContext?> ViewAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        if (!read.TryGetValue(caseId, out var context))
        {
            context = await LoadAsync(caseId, cancellationToken);
            read[caseId] = context;
        }

        return context;
    }

    /// <summary>The case as its signed-in author finds it; null unless they hold a role on its team now.</summary>
    public async Task<(AuthoringContext Context, Case Case, string Zone)?> AuthorAsync(CaseId caseId, Instant now, CancellationToken cancellationToken)
    {
        if (await ViewAsync(caseId, cancellationToken) is not { IsMember: true } context)
        {
            return null;
        }

        var author = context.Reader.Person;
        var me = await db.Users.AsNoTracking().Where(u => u.Id == author.Value)
            .Select(u => new { u.TimeZoneId, Profession = u.Profile == null ? (ProfessionKind?)null : u.Profile.Profession })
            .SingleAsync(cancellationToken);
        var today = now.InZone(LocalTimes.ZoneOrUtc(me.TimeZoneId)).Date;
        var authoring = new AuthoringContext(caseId, author, context.State.ActiveRoles, me.Profession, context.Case.CouplesPolicy, today);
        return (authoring, context.Case, me.TimeZoneId);
    }

    /// <summary>Whether the reader has left a case they can no longer open, so that pages can point to what they keep.</summary>
    public async Task<bool> HasLeftCasesAsync(CancellationToken cancellationToken) =>
        (await CaseIdsLeftAsync(cancellationToken)).Count > 0;

    /// <summary>
    /// The cases the reader has left, each with what they keep or wrote there (DESIGN section 3, rule 2: a professional
    /// who leaves keeps their own records, and so does a partner), decided and audited like any page of reads. Nothing
    /// else of those cases comes through: not the team, not the sessions, not what others wrote.
    /// </summary>
    public async Task<CasesLeft> CasesLeftAsync(CancellationToken cancellationToken)
    {
        var zone = await ReaderZone.OfAsync(db, cancellationToken);
        if (db.Actor.Person is not { } me || await CaseIdsLeftAsync(cancellationToken) is not { Count: > 0 } left)
        {
            return new CasesLeft([], zone);
        }

        // The tenant filter admits only cases the reader is on; these are the ones they left, and the rows are
        // narrowed to their own before anything is read.
        var cases = await db.Cases.IgnoreQueryFilters().AsNoTracking().AsSingleQuery().Where(c => left.Contains(c.Id)).ToListAsync(cancellationToken);
        var shared = await db.ClinicalItems.IgnoreQueryFilters().AsNoTracking()
            .Where(i => left.Contains(i.CaseId) && (i.Holder == me || i.Author == me))
            .Select(ItemStore.SharedView)
            .ToListAsync(cancellationToken);
        var notes = await db.PsychotherapyNotes.IgnoreQueryFilters().AsNoTracking()
            .Where(n => left.Contains(n.CaseId) && n.Holder == me)
            .Select(ItemStore.NoteView)
            .ToListAsync(cancellationToken);

        var now = clock.GetCurrentInstant();
        var reader = new Domain.Access.Reader(me);
        var answer = new List<CaseLeft>();
        foreach (var found in cases.OrderBy(c => c.Label, StringComparer.CurrentCulture))
        {
            var state = new Domain.Access.CaseAccessState(found.Id, found.PracticeId, found.ActiveRoles(), []);
            var allowed = shared.Concat(notes).Where(item => item.CaseId == found.Id)
                .Select(item => (Item: item, Verdict: Domain.Access.AccessDecision.Decide(reader, item.Facts, state, now) as Domain.Access.AccessVerdict.Allowed))
                .Where(read => read.Verdict is not null)
                .ToList();
            await audit.PageReadAsync(me, found.Id, allowed.Select(read => (read.Item.Facts, read.Verdict!)).ToList(), cancellationToken);
            var records = allowed.Select(read => store.TryDecrypted(read.Item)).OfType<ItemView>()
                .OrderByDescending(item => item.OccurredOn).ThenByDescending(item => item.Id).ToList();
            var leftAt = found.Memberships.Where(m => m.PersonId == me && m.LeftAt is not null).Max(m => m.LeftAt!.Value);
            answer.Add(new CaseLeft(found.Id, found.Label, leftAt, records));
        }

        return new CasesLeft(answer, zone);
    }

    /// <summary>Cases where the reader's place ended and which they reach no other way (a place again, or as administrator).</summary>
    private async Task<List<CaseId>> CaseIdsLeftAsync(CancellationToken cancellationToken)
    {
        if (db.Actor.Person is not { } me)
        {
            return [];
        }

        var left = await db.CaseMemberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.PersonId == me && m.Status == MembershipStatus.Left)
            .Select(m => m.CaseId)
            .Distinct()
            .ToListAsync(cancellationToken);
        return left.Except(db.Actor.VisibleCaseIds).ToList();
    }

    private async Task<CaseReadContext?> LoadAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        if (db.Actor.Person is not { } person || await db.CaseVersionAsync(caseId, cancellationToken) is not { } version)
        {
            return null;
        }

        var view = views.Find(caseId, version) ?? await ReadViewAsync(caseId, version, cancellationToken);
        if (view is null)
        {
            return null;
        }

        var found = view.Case;
        var administers = db.Actor.Kind == PersonKind.PracticeAdministrator && db.Actor.Practice == found.PracticeId ? found.PracticeId : (Domain.Practices.PracticeId?)null;
        if (!view.ActiveRoles.ContainsKey(person) && administers is null)
        {
            return null;
        }

        var state = new Domain.Access.CaseAccessState(found.Id, found.PracticeId, view.ActiveRoles, view.Authorizations);
        return new CaseReadContext(found, new Domain.Access.Reader(person, administers), state, view.Names);
    }

    private async Task<CaseView?> ReadViewAsync(CaseId caseId, Guid version, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().AsSingleQuery().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var authorizations = await db.Authorizations.AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(cancellationToken);
        var names = found.Memberships
            .Where(m => m.PersonId is not null)
            .OrderByDescending(m => m.IsActive)
            .GroupBy(m => m.PersonId!.Value)
            .ToDictionary(g => g.Key, g => g.First().DisplayName);
        var view = new CaseView(found, found.ActiveRoles(), authorizations, names);
        views.Keep(caseId, version, view);
        return view;
    }
}
