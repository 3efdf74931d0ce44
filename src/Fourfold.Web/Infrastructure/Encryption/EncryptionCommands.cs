using Fourfold.Data;
using Fourfold.Data.Encryption;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Infrastructure.Encryption;

/// <summary>
/// <c>encryption reencrypt</c>: after a new key was added to the key ring and made active, re-encrypts every value
/// that is still under an older key (an authorization's signed text and purpose are encrypted together; an item's
/// text is re-encrypted with all of its versions). The app keeps
/// running meanwhile: both keys decrypt.
/// </summary>
internal static class EncryptionCommands
{
    public static bool IsCommand(string[] args) => args is ["encryption", ..];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args is not ["encryption", "reencrypt", ..])
        {
            await Console.Error.WriteLineAsync("Usage: encryption reencrypt");
            return 2;
        }

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<DataActor>().BecomeSystem();
        var db = scope.ServiceProvider.GetRequiredService<FourfoldDbContext>();
        var keys = scope.ServiceProvider.GetRequiredService<KeyRing>();
        var stale = (await db.Authorizations.IgnoreQueryFilters()
                .Select(a => new { a.Id, Stored = EF.Property<string>(a, nameof(Domain.Authorizations.Authorization.SignedText)) })
                .ToListAsync())
            .Where(a => KeyRing.KeyIdOf(a.Stored) != keys.ActiveKeyId)
            .Select(a => a.Id)
            .ToList();
        foreach (var batch in stale.Chunk(200))
        {
            var authorizations = await db.Authorizations.IgnoreQueryFilters().Where(a => batch.Contains(a.Id)).ToListAsync();
            foreach (var authorization in authorizations)
            {
                var entry = db.Entry(authorization);
                entry.Property(x => x.SignedText).IsModified = true;
                entry.Reference(x => x.Terms).TargetEntry!.Property(t => t.Purpose).IsModified = true;
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var items = await ReencryptAsync(db, db.ClinicalItems, keys);
        var notes = await ReencryptAsync(db, db.PsychotherapyNotes, keys);
        Console.WriteLine($"Re-encrypted {stale.Count} authorizations, {items} clinical items and {notes} psychotherapy notes (with their versions) with key {keys.ActiveKeyId}.");
        return 0;
    }

    /// <summary>Re-encrypts every item whose text, or the text of any of its versions, is under an older key.</summary>
    private static async Task<int> ReencryptAsync<TItem>(FourfoldDbContext db, DbSet<TItem> items, KeyRing keys)
        where TItem : WrittenItem
    {
        var active = keys.ActiveKeyId;
        var current = await items.IgnoreQueryFilters()
            .Select(i => new { i.Id, Title = EF.Property<string>(i, nameof(WrittenItem.Title)), Body = EF.Property<string>(i, nameof(WrittenItem.Body)) })
            .ToListAsync();
        var versions = await items.IgnoreQueryFilters()
            .SelectMany(i => i.Versions)
            .Select(v => new { Id = EF.Property<Guid>(v, "ItemId"), Title = EF.Property<string>(v, nameof(ItemVersion.Title)), Body = EF.Property<string>(v, nameof(ItemVersion.Body)) })
            .ToListAsync();
        var stale = current.Concat(versions)
            .Where(row => KeyRing.KeyIdOf(row.Title) != active || KeyRing.KeyIdOf(row.Body) != active)
            .Select(row => row.Id)
            .Distinct()
            .ToList();
        foreach (var batch in stale.Chunk(200))
        {
            foreach (var item in await items.IgnoreQueryFilters().Where(i => batch.Contains(i.Id)).ToListAsync())
            {
                MarkTextModified(db.Entry(item));
                foreach (var version in item.Versions)
                {
                    MarkTextModified(db.Entry(version));
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return stale.Count;
    }

    private static void MarkTextModified(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        foreach (var property in entry.Properties.Where(p => p.CurrentValue is string && p.Metadata.Name is "Title" or "Body" or "AssessmentUsed"))
        {
            property.IsModified = true;
        }
    }
}
