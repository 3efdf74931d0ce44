using System.Reflection;
using System.Runtime.CompilerServices;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Fourfold.Data.Encryption;

/// <summary>
/// The free-text fields kept encrypted at rest, and the interceptor that encrypts them on the way in and decrypts
/// them on the way out. In memory, entities hold plain text; in the database, the column holds only ciphertext bound
/// to the row's id.
/// </summary>
/// <remarks>
/// One shared instance for every context, finding the key ring among the application's services, so that EF Core
/// builds its internal services once rather than once per host.
/// </remarks>
public sealed class EncryptedFields : ISaveChangesInterceptor, IMaterializationInterceptor
{
    public static EncryptedFields Instance { get; } = new();

    /// <summary>
    /// The free text of clinical items and their versions, where a session happens (a video link may carry its
    /// meeting's passcode), and the full disclosure's place, examiner, polygraph note and reasons for pausing, each bound to its own
    /// row's id.
    /// </summary>
    private static readonly Dictionary<Type, EncryptedText> ItemTexts = new()
    {
        [typeof(Domain.Scheduling.Session)] = new(e => ((Domain.Scheduling.Session)e).Id.Value, typeof(Domain.Scheduling.Session), nameof(Domain.Scheduling.Session.Place), nameof(Domain.Scheduling.Session.VideoLink)),
        [typeof(ClinicalItem)] = new(e => ((WrittenItem)e).Id.Value, typeof(ClinicalItem), nameof(WrittenItem.Title), nameof(WrittenItem.Body), nameof(ClinicalItem.AssessmentUsed)),
        [typeof(PsychotherapyNote)] = new(e => ((WrittenItem)e).Id.Value, typeof(PsychotherapyNote), nameof(WrittenItem.Title), nameof(WrittenItem.Body)),
        [typeof(Domain.FullDisclosure.DisclosureProcess)] = new(e => ((Domain.FullDisclosure.DisclosureProcess)e).Id, typeof(Domain.FullDisclosure.DisclosureProcess), nameof(Domain.FullDisclosure.DisclosureProcess.Place), nameof(Domain.FullDisclosure.DisclosureProcess.PolygraphExaminer), nameof(Domain.FullDisclosure.DisclosureProcess.PolygraphNote)),
        [typeof(Domain.FullDisclosure.DisclosureStep)] = new(e => ((Domain.FullDisclosure.DisclosureStep)e).Id, typeof(Domain.FullDisclosure.DisclosureStep), nameof(Domain.FullDisclosure.DisclosureStep.Reason)),
        [typeof(ItemVersion)] = new(e => ((ItemVersion)e).Id, typeof(ItemVersion), nameof(ItemVersion.Title), nameof(ItemVersion.Body), nameof(ItemVersion.AssessmentUsed)),
    };

    private static readonly PropertyInfo SignedText = typeof(Authorization).GetProperty(nameof(Authorization.SignedText))!;
    private static readonly PropertyInfo Purpose = typeof(AuthorizationTerms).GetProperty(nameof(AuthorizationTerms.Purpose))!;

    public static string AssociatedData(Authorization authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        return $"Authorization.SignedText:{authorization.Id.Value}";
    }

    public static string PurposeAssociatedData(AuthorizationId owner) => $"Authorization.Purpose:{owner.Value}";

    /// <summary>The associated data of one free-text field of an item or item version: its type, field and row id.</summary>
    public static string ItemAssociatedData(Type type, string property, Guid rowId)
    {
        ArgumentNullException.ThrowIfNull(type);
        return $"{type.Name}.{property}:{rowId}";
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Encrypt(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Encrypt(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Decrypt(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Decrypt(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Decrypt(eventData.Context);

    public void SaveChangesCanceled(DbContextEventData eventData) => Decrypt(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Decrypt(eventData.Context);
        return Task.CompletedTask;
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Decrypt(eventData.Context);
        return Task.CompletedTask;
    }

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (entity is Authorization authorization && KeyRing.IsProtected(authorization.SignedText))
        {
            var keys = KeysOf(materializationData.Context);
            SignedText.SetValue(authorization, keys.Unprotect(authorization.SignedText, AssociatedData(authorization)));
        }

        if (entity is AuthorizationTerms terms && KeyRing.IsProtected(terms.Purpose))
        {
            var owner = materializationData.GetPropertyValue<AuthorizationId>(OwnerKey);
            Purpose.SetValue(terms, KeysOf(materializationData.Context).Unprotect(terms.Purpose, PurposeAssociatedData(owner)));
        }

        if (ItemTexts.TryGetValue(entity.GetType(), out var text))
        {
            foreach (var property in text.Fields)
            {
                if (property.GetValue(entity) is string stored && KeyRing.IsProtected(stored))
                {
                    var plaintext = KeysOf(materializationData.Context).Unprotect(stored, ItemAssociatedData(text.Type, property.Name, text.RowId(entity)));
                    property.SetValue(entity, plaintext);
                }
            }
        }

        return entity;
    }

    private static KeyRing KeysOf(DbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(KeyRing)) as KeyRing
        ?? throw new InvalidOperationException("No encryption key ring is registered.");

    /// <summary>The shadow key an owned <see cref="AuthorizationTerms"/> shares with its authorization.</summary>
    private const string OwnerKey = "AuthorizationId";

    /// <summary>The values each context encrypted for the save under way, to be decrypted again once it ends.</summary>
    private static readonly ConditionalWeakTable<DbContext, List<(PropertyEntry Property, string AssociatedData)>> Encrypted = [];

    /// <summary>
    /// Entities in memory always hold plain text (materialization and the end of every save decrypt it), so every
    /// text field of an added or modified row is encrypted, whatever it looks like: a title that happens to read like
    /// ciphertext is still someone's text.
    /// </summary>
    private static void Encrypt(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Changes made through domain methods are found only now; without this, a changed row could be written with
        // its decrypted text.
        context.ChangeTracker.DetectChanges();
        var encrypted = new List<(PropertyEntry Property, string AssociatedData)>();
        foreach (var (entry, text) in ItemEntries(context).Where(e => e.Entry.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var field in text.Fields)
            {
                encrypted.Add((entry.Property(field.Name), ItemAssociatedData(text.Type, field.Name, text.RowId(entry.Entity))));
            }
        }

        foreach (var entry in Entries(context).Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            if (entry.Reference(a => a.Terms).TargetEntry is { } termsEntry)
            {
                encrypted.Add((termsEntry.Property(t => t.Purpose), PurposeAssociatedData(entry.Entity.Id)));
            }

            encrypted.Add((entry.Property(a => a.SignedText), AssociatedData(entry.Entity)));
        }

        var keys = encrypted.Count > 0 ? KeysOf(context) : null;
        encrypted.RemoveAll(e => e.Property.CurrentValue is not string);
        foreach (var (property, associatedData) in encrypted)
        {
            var rowIsModified = property.EntityEntry.State == EntityState.Modified;
            property.CurrentValue = keys!.Protect((string)property.CurrentValue!, associatedData);
            property.OriginalValue = property.CurrentValue;
            property.IsModified = rowIsModified;
        }

        Encrypted.AddOrUpdate(context, encrypted);
    }

    private static void Decrypt(DbContext? context)
    {
        if (context is null || !Encrypted.TryGetValue(context, out var encrypted))
        {
            return;
        }

        Encrypted.Remove(context);
        var keys = encrypted.Count > 0 ? KeysOf(context) : null;
        foreach (var (property, associatedData) in encrypted)
        {
            var plaintext = keys!.Unprotect((string)property.CurrentValue!, associatedData);
            property.CurrentValue = plaintext;
            property.OriginalValue = plaintext;
            property.IsModified = false;
        }
    }

    private static List<EntityEntry<Authorization>> Entries(DbContext? context) =>
        context?.ChangeTracker.Entries<Authorization>().ToList() ?? [];

    private static List<(EntityEntry Entry, EncryptedText Text)> ItemEntries(DbContext? context) =>
        context?.ChangeTracker.Entries()
            .Select(e => (Entry: e, Text: ItemTexts.GetValueOrDefault(e.Entity.GetType())))
            .Where(e => e.Text is not null)
            .Select(e => (e.Entry, e.Text!))
            .ToList() ?? [];

    private sealed class EncryptedText(Func<object, Guid> rowId, Type type, params string[] fields)
    {
        public Func<object, Guid> RowId { get; } = rowId;

        public Type Type { get; } = type;

        public IReadOnlyList<PropertyInfo> Fields { get; } = [.. fields.Select(name => type.GetProperty(name)!.DeclaringType!.GetProperty(name)!)];
    }
}
