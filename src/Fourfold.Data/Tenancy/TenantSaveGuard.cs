using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Fourfold.Data.Tenancy;

/// <summary>
/// Refuses, before anything is written, a save that touches a case or practice the actor does not belong to, or that
/// moves a row from one case or practice to another.
/// </summary>
internal static class TenantSaveGuard
{
    public static void Check(ChangeTracker tracker, DataActor actor)
    {
        if (actor.IsSystem)
        {
            return;
        }

        var entries = tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        var casesOpenedNow = entries
            .Where(e => e.State == EntityState.Added && e.Entity is Case)
            .Select(e => ((Case)e.Entity).Id)
            .ToHashSet();

        foreach (var entry in entries)
        {
            if (entry.Entity is IPracticeScoped practiceScoped)
            {
                CheckPractice(entry, practiceScoped, actor, casesOpenedNow);
            }

            if (entry.Entity is ICaseScoped caseScoped)
            {
                CheckCase(entry, caseScoped, actor, casesOpenedNow);
            }
        }
    }

    private static void CheckPractice(EntityEntry entry, IPracticeScoped scoped, DataActor actor, HashSet<CaseId> casesOpenedNow)
    {
        RefuseMove(entry, nameof(IPracticeScoped.PracticeId));
        var isOpeningCase = entry.Entity is Case opened && casesOpenedNow.Contains(opened.Id);
        if (isOpeningCase && scoped.PracticeId != actor.Practice)
        {
            throw new CrossTenantWriteException("A case can only be opened in your own practice.");
        }

        if (!isOpeningCase && entry.Entity is Case existing && !actor.MayWriteCase(existing.Id))
        {
            throw new CrossTenantWriteException("This case is not one of yours.");
        }
    }

    private static void CheckCase(EntityEntry entry, ICaseScoped scoped, DataActor actor, HashSet<CaseId> casesOpenedNow)
    {
        RefuseMove(entry, nameof(ICaseScoped.CaseId));
        if (!casesOpenedNow.Contains(scoped.CaseId) && !actor.MayWriteCase(scoped.CaseId))
        {
            throw new CrossTenantWriteException("This case is not one of yours.");
        }
    }

    private static void RefuseMove(EntityEntry entry, string propertyName)
    {
        if (entry.State != EntityState.Modified)
        {
            return;
        }

        var property = entry.Property(propertyName);
        if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
        {
            throw new CrossTenantWriteException("A record cannot be moved to another case or practice.");
        }
    }
}
