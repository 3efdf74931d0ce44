using System.Reflection;
using Fourfold.Data.Audit;
using Fourfold.Data.Conversions;
using Fourfold.Data.Identity;
using Fourfold.Data.Scheduling;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Practices;
using Fourfold.Domain.Records;
using Fourfold.Domain.Scheduling;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Data;

/// <summary>Fourfold's one database: identity, practices, cases and their teams, and shared data-protection keys.</summary>
public sealed class FourfoldDbContext(DbContextOptions<FourfoldDbContext> options, DataActor actor)
    : IdentityDbContext<FourfoldUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The name of the query filter that keeps each actor inside their own cases and practice.</summary>
    public const string TenantFilter = "Tenant";

    public DbSet<Practice> Practices => Set<Practice>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<CaseMembership> CaseMemberships => Set<CaseMembership>();

    public DbSet<Authorization> Authorizations => Set<Authorization>();

    public DbSet<ClinicalItem> ClinicalItems => Set<ClinicalItem>();

    public DbSet<PsychotherapyNote> PsychotherapyNotes => Set<PsychotherapyNote>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<Domain.Agreements.Agreement> Agreements => Set<Domain.Agreements.Agreement>();

    public DbSet<Domain.Agreements.Disclosure> Disclosures => Set<Domain.Agreements.Disclosure>();

    public DbSet<Domain.Accountability.CheckIn> CheckIns => Set<Domain.Accountability.CheckIn>();

    public DbSet<Domain.Accountability.Homework> Homework => Set<Domain.Accountability.Homework>();

    public DbSet<Domain.Accountability.HomeworkLog> HomeworkLogs => Set<Domain.Accountability.HomeworkLog>();

    public DbSet<Domain.Accountability.AgendaTopic> AgendaTopics => Set<Domain.Accountability.AgendaTopic>();

    public DbSet<Domain.Accountability.Reply> Replies => Set<Domain.Accountability.Reply>();

    public DbSet<Domain.FullDisclosure.DisclosureProcess> FullDisclosures => Set<Domain.FullDisclosure.DisclosureProcess>();

    public DbSet<Domain.FullDisclosure.DisclosureQuestion> DisclosureQuestions => Set<Domain.FullDisclosure.DisclosureQuestion>();

    public DbSet<Domain.FullDisclosure.WrittenDisclosure> WrittenDisclosures => Set<Domain.FullDisclosure.WrittenDisclosure>();

    public DbSet<Domain.PartnerMeetings.MeetingRequest> MeetingRequests => Set<Domain.PartnerMeetings.MeetingRequest>();

    public DbSet<Availability> Availabilities => Set<Availability>();

    public DbSet<CalendarLock> CalendarLocks => Set<CalendarLock>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<BalanceCheck> BalanceChecks => Set<BalanceCheck>();

    public DbSet<AuditEventRecord> AuditEvents => Set<AuditEventRecord>();

    public DbSet<AuditItemReadRecord> AuditItemReads => Set<AuditItemReadRecord>();

    public DbSet<AuditHeadRecord> AuditHead => Set<AuditHeadRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    public DbSet<Limits.RateLimitCounter> RateLimitCounters => Set<Limits.RateLimitCounter>();

    public DataActor Actor => actor;

    private bool ActorIsSystem => actor.IsSystem;

    private List<CaseId> ActorCaseIds => actor.VisibleCaseIds;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        TenantSaveGuard.Check(ChangeTracker, actor);
        AggregateVersions.Bump(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TenantSaveGuard.Check(ChangeTracker, actor);
        await AggregateVersions.BumpAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// The version of a case as the actor reaches it (null when they do not): it moves with every change to the case's
    /// team, policies, acknowledgements and authorizations, so a view of the case read at one version is current while
    /// the version is.
    /// </summary>
    public Task<Guid?> CaseVersionAsync(CaseId caseId, CancellationToken cancellationToken) =>
        AggregateVersions.CurrentAsync(Cases, caseId, cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<CaseId>().HaveConversion<StrongIdConverter<CaseId>>();
        configurationBuilder.Properties<PersonId>().HaveConversion<StrongIdConverter<PersonId>>();
        configurationBuilder.Properties<PracticeId>().HaveConversion<StrongIdConverter<PracticeId>>();
        configurationBuilder.Properties<AuthorizationId>().HaveConversion<StrongIdConverter<AuthorizationId>>();
        configurationBuilder.Properties<SessionId>().HaveConversion<StrongIdConverter<SessionId>>();
        configurationBuilder.Properties<ItemId>().HaveConversion<StrongIdConverter<ItemId>>();
        configurationBuilder.DefaultTypeMapping<SessionId>().HasConversion<StrongIdConverter<SessionId>>();
        configurationBuilder.DefaultTypeMapping<ItemId>().HasConversion<StrongIdConverter<ItemId>>();
        configurationBuilder.DefaultTypeMapping<PersonId>().HasConversion<StrongIdConverter<PersonId>>();
        configurationBuilder.DefaultTypeMapping<CaseId>().HasConversion<StrongIdConverter<CaseId>>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FourfoldDbContext).Assembly);
        ApplyTenantFilters(builder);
    }

    private void ApplyTenantFilters(ModelBuilder builder)
    {
        var applyCaseFilter = typeof(FourfoldDbContext).GetMethod(nameof(ApplyCaseFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => !t.IsOwned()))
        {
            if (typeof(ICaseScoped).IsAssignableFrom(entityType.ClrType))
            {
                applyCaseFilter.MakeGenericMethod(entityType.ClrType).Invoke(this, [builder]);
            }
        }

        builder.Entity<Case>().HasQueryFilter(TenantFilter, c => ActorIsSystem || ActorCaseIds.Contains(c.Id));
    }

    private void ApplyCaseFilter<TEntity>(ModelBuilder builder)
        where TEntity : class, ICaseScoped =>
        builder.Entity<TEntity>().HasQueryFilter(TenantFilter, e => ActorIsSystem || ActorCaseIds.Contains(e.CaseId));
}
