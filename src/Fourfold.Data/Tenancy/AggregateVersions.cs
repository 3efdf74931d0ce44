using Fourfold.Data.Identity;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Fourfold.Data.Tenancy;

/// <summary>
/// Gives each case a version that changes with every save touching what decides who reads what in it: the case, its
/// team, its policies and their acknowledgements, and its authorizations. Two people changing one case at the same
/// time: the second save finds the version changed and fails, so no rule of the case (one betrayed partner, one couples
/// therapist, acknowledgements of the version in force) is broken by a race, and nothing is silently overwritten. The
/// same version tells a reader's cached view of the case that it is out of date, so a revocation is never served stale.
/// Likewise each person's <see cref="FourfoldUser.CasesVersion"/> moves with every change to their places on teams.
/// </summary>
internal static class AggregateVersions
{
    public const string Version = "Version";

    /// <summary>Moves the version of every case the save changes, loading (tracked) any case changed only through its parts.</summary>
    public static void Bump(DbContext db)
    {
        foreach (var caseId in UntrackedCasesChanged(db.ChangeTracker))
        {
            db.Set<Case>().IgnoreQueryFilters().Where(c => c.Id == caseId).Load();
        }

        foreach (var person in UntrackedPeopleMoved(db.ChangeTracker))
        {
            db.Set<FourfoldUser>().Where(u => u.Id == person).Load();
        }

        MoveVersions(db.ChangeTracker);
    }

    public static async Task BumpAsync(DbContext db, CancellationToken cancellationToken)
    {
        foreach (var caseId in UntrackedCasesChanged(db.ChangeTracker))
        {
            await db.Set<Case>().IgnoreQueryFilters().Where(c => c.Id == caseId).LoadAsync(cancellationToken);
        }

        foreach (var person in UntrackedPeopleMoved(db.ChangeTracker))
        {
            await db.Set<FourfoldUser>().Where(u => u.Id == person).LoadAsync(cancellationToken);
        }

        MoveVersions(db.ChangeTracker);
    }

    /// <summary>The case's current version, through the tenant filter: null when the actor cannot reach the case.</summary>
    public static Task<Guid?> CurrentAsync(IQueryable<Case> cases, CaseId caseId, CancellationToken cancellationToken) =>
        cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (Guid?)EF.Property<Guid>(c, Version)).SingleOrDefaultAsync(cancellationToken);

    private static List<CaseId> UntrackedCasesChanged(ChangeTracker tracker)
    {
        var tracked = tracker.Entries<Case>().Select(e => e.Entity.Id).ToHashSet();
        return ChangedCases(tracker).Where(id => !tracked.Contains(id)).ToList();
    }

    private static List<Guid> UntrackedPeopleMoved(ChangeTracker tracker)
    {
        var tracked = tracker.Entries<FourfoldUser>().Select(e => e.Entity.Id).ToHashSet();
        return PeopleMoved(tracker).Where(id => !tracked.Contains(id)).ToList();
    }

    private static void MoveVersions(ChangeTracker tracker)
    {
        var changed = ChangedCases(tracker);
        foreach (var entry in tracker.Entries<Case>().Where(e => changed.Contains(e.Entity.Id) || e.State == EntityState.Added))
        {
            entry.Property<Guid>(Version).CurrentValue = Guid.NewGuid();
        }

        var moved = PeopleMoved(tracker);
        foreach (var entry in tracker.Entries<FourfoldUser>().Where(e => moved.Contains(e.Entity.Id)))
        {
            entry.Entity.CasesVersion = Guid.NewGuid();

            // Identity writes the whole row and checks only this stamp: moving it makes a write from a user read
            // before this save fail, instead of putting the old cases version back.
            entry.Entity.ConcurrencyStamp = Guid.NewGuid().ToString();
        }
    }

    /// <summary>People whose places on care teams this save adds, ends or changes.</summary>
    private static HashSet<Guid> PeopleMoved(ChangeTracker tracker) =>
        tracker.Entries<CaseMembership>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .SelectMany(e => new[] { e.Entity.PersonId, e.State == EntityState.Modified ? e.Property(m => m.PersonId).OriginalValue : null })
            .OfType<PersonId>()
            .Select(person => person.Value)
            .ToHashSet();

    private static HashSet<CaseId> ChangedCases(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        return tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(CaseOf)
            .OfType<CaseId>()
            .ToHashSet();
    }

    private static CaseId? CaseOf(EntityEntry entry) => entry.Entity switch
    {
        Case c => c.Id,
        CaseMembership m => m.CaseId,
        Authorization a => a.CaseId,
        _ when entry.Metadata.IsOwned() && entry.Metadata.FindProperty("CaseId") is { } owner => entry.Property(owner.Name).CurrentValue as CaseId?,
        _ => null,
    };
}
