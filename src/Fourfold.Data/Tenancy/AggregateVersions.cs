using Fourfold.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Fourfold.Data.Tenancy;

/// <summary>
/// Gives each case a version that changes with every save touching the case or anything inside it (its team, its
/// policies, their acknowledgements). Two people changing one case at the same time: the second save finds the version
/// changed and fails, so no rule of the case (one betrayed partner, one couples therapist, acknowledgements of the
/// version in force) is broken by a race, and nothing is silently overwritten.
/// </summary>
internal static class AggregateVersions
{
    public const string Version = "Version";

    public static void Bump(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var changed = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(CaseOf)
            .OfType<CaseId>()
            .ToHashSet();
        foreach (var entry in tracker.Entries<Case>().Where(e => changed.Contains(e.Entity.Id) || e.State == EntityState.Added))
        {
            entry.Property<Guid>(Version).CurrentValue = Guid.NewGuid();
        }
    }

    private static CaseId? CaseOf(EntityEntry entry) => entry.Entity switch
    {
        Case c => c.Id,
        CaseMembership m => m.CaseId,
        _ when entry.Metadata.IsOwned() && entry.Metadata.FindProperty("CaseId") is { } owner => entry.Property(owner.Name).CurrentValue as CaseId?,
        _ => null,
    };
}
