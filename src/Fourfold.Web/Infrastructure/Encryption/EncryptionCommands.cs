using Fourfold.Data;
using Fourfold.Data.Encryption;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Records;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Infrastructure.Encryption;

/// <summary>
/// <c>encryption reencrypt</c>: after a new key was added to the key ring and made active, re-encrypts every value
/// that is still under an older key (an authorization's signed text and purpose are encrypted together; an item's
/// text is re-encrypted with all of its versions), and records in the audit trail that it did. The app keeps running
/// meanwhile: both keys decrypt.
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
        var active = KeyRing.StoredPrefixOf(keys.ActiveKeyId);
        var stale = await db.Authorizations.IgnoreQueryFilters()
            .Where(a => !EF.Property<string>(a, nameof(Domain.Authorizations.Authorization.SignedText)).StartsWith(active))
            .Select(a => a.Id)
            .ToListAsync();
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

        var items = await ReencryptAsync(db, db.ClinicalItems, active);
        var notes = await ReencryptAsync(db, db.PsychotherapyNotes, active);
        var sessions = await ReencryptVenuesAsync(db, active);
        var authenticatorKeys = await Security.StoredAuthenticatorKeys.ProtectAsync(db, keys, plainTextOnly: false, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<AuditTrail>().RunChangeAsync(db, _ => Task.FromResult<IReadOnlyList<AuditEntry>>(
            [new AuditEntry(scope.ServiceProvider.GetRequiredService<IClock>().GetCurrentInstant(), null, AuditAction.DataReencrypted, AuditOutcome.Succeeded,
                Rule: $"{keys.ActiveKeyId}:{stale.Count}/{items}/{notes}/{sessions}/{authenticatorKeys}")]), CancellationToken.None);
        Console.WriteLine($"Re-encrypted {stale.Count} authorizations, {items} clinical items and {notes} psychotherapy notes (with their versions), where {sessions} sessions happen, and {authenticatorKeys} authenticator keys, with key {keys.ActiveKeyId}.");
        return 0;
    }

    /// <summary>
    /// Re-encrypts every item whose text, or the text of any of its versions, is not under the active key; the database
    /// finds them by the key id every stored value begins with, so no text is read to find them.
    /// </summary>
    private static async Task<int> ReencryptAsync<TItem>(FourfoldDbContext db, DbSet<TItem> items, string active)
        where TItem : WrittenItem
    {
        var current = await items.IgnoreQueryFilters()
            .Where(i => !EF.Property<string>(i, nameof(WrittenItem.Title)).StartsWith(active) || !EF.Property<string>(i, nameof(WrittenItem.Body)).StartsWith(active))
            .Select(i => i.Id)
            .ToListAsync();
        if (typeof(TItem) == typeof(ClinicalItem))
        {
            current.AddRange(await db.ClinicalItems.IgnoreQueryFilters()
                .Where(i => EF.Property<string?>(i, nameof(ClinicalItem.AssessmentUsed)) != null && !EF.Property<string>(i, nameof(ClinicalItem.AssessmentUsed)).StartsWith(active))
                .Select(i => i.Id)
                .ToListAsync());
        }

        var versions = await items.IgnoreQueryFilters()
            .SelectMany(i => i.Versions)
            .Where(v => !EF.Property<string>(v, nameof(ItemVersion.Title)).StartsWith(active)
                || !EF.Property<string>(v, nameof(ItemVersion.Body)).StartsWith(active)
                || (EF.Property<string?>(v, nameof(ItemVersion.AssessmentUsed)) != null && !EF.Property<string>(v, nameof(ItemVersion.AssessmentUsed)).StartsWith(active)))
            .Select(v => EF.Property<ItemId>(v, "ItemId"))
            .ToListAsync();
        var stale = current.Concat(versions).Distinct().ToList();
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

    /// <summary>Re-encrypts the place and video link of every session whose stored values are not under the active key.</summary>
    private static async Task<int> ReencryptVenuesAsync(FourfoldDbContext db, string active)
    {
        var stale = await db.Sessions.IgnoreQueryFilters()
            .Where(s => (EF.Property<string?>(s, nameof(Session.Place)) != null && !EF.Property<string>(s, nameof(Session.Place)).StartsWith(active))
                || (EF.Property<string?>(s, nameof(Session.VideoLink)) != null && !EF.Property<string>(s, nameof(Session.VideoLink)).StartsWith(active)))
            .Select(s => s.Id)
            .ToListAsync();
        foreach (var batch in stale.Chunk(200))
        {
            foreach (var session in await db.Sessions.IgnoreQueryFilters().Where(s => batch.Contains(s.Id)).ToListAsync())
            {
                var entry = db.Entry(session);
                entry.Property(s => s.Place).IsModified = session.Place is not null;
                entry.Property(s => s.VideoLink).IsModified = session.VideoLink is not null;
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
