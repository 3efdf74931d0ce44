using Fourfold.Data;
using Fourfold.Data.Encryption;
using Fourfold.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Infrastructure.Encryption;

/// <summary>
/// <c>encryption reencrypt</c>: after a new key was added to the key ring and made active, re-encrypts every value
/// that is still under an older key (an authorization's signed text and purpose are encrypted together). The app keeps
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

        Console.WriteLine($"Re-encrypted {stale.Count} values with key {keys.ActiveKeyId}.");
        return 0;
    }
}
