using System.Diagnostics;
using Fourfold.Data;
using Fourfold.Data.Encryption;
using Fourfold.Data.Identity;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Practices;
using Fourfold.Domain.Records;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Database;
using Fourfold.Web.Infrastructure.Encryption;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Fourfold.Benchmarks.Seeding;

/// <summary>
/// Builds a large database for load runs: one practice, 2,000 cases of five people each, 250 items per case (500,000,
/// a twentieth of them psychotherapy notes) with their first versions, both partners' standard team authorizations,
/// and 5,000,000 audit events chained and sealed exactly as the app seals them. Writes through the app's own model,
/// encryption and audit trail, with the keys the app will be started with (Audit__Key, Encryption__Keys__k1).
/// </summary>
internal static class LargeDatabaseSeeder
{
    public const string Password = "Fourfold-Bench-2026";
    public const string AuthenticatorKey = "BENCHFOURFOLDKEY";
    private const int Professionals = 200;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = SeedOptions.Parse(args);
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var collection = new ServiceCollection();
        collection.AddSingleton(new DatabaseSettings(options.Provider, options.ConnectionString));
        collection.AddScoped<DataActor>();
        collection.AddSingleton(KeyRingLoader.Load(configuration));
        collection.AddDbContext<FourfoldDbContext>(o => o.UseFourfoldDatabase(options.Provider, options.ConnectionString).AddInterceptors(EncryptedFields.Instance));
        collection.AddSingleton(AuditKey.Load(configuration));
        collection.AddSingleton(AuditAnchor.Load(configuration));
        collection.AddHttpContextAccessor();
        collection.AddSingleton(NullLoggerFactory.Instance);
        collection.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        collection.AddSingleton<AuditTrail>();
        await using var services = collection.BuildServiceProvider();
        var clock = Stopwatch.StartNew();
        var random = new Random(20261125);
        var now = SystemClock.Instance.GetCurrentInstant();

        using (var scope = services.CreateScope())
        {
            var db = Db(scope);
            await db.Database.MigrateAsync();
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }

            if (await db.Practices.AnyAsync())
            {
                await Console.Error.WriteLineAsync("The database is not empty; seed only a new one.");
                return 2;
            }
        }

        var (practice, pros, clients) = await PeopleAsync(services, options.Cases, now);
        Console.WriteLine($"{pros.Count + clients.Count} people in {clock.Elapsed.TotalSeconds:F0} s");
        var cases = await CasesAsync(services, practice, pros, clients, options.Cases, now);
        Console.WriteLine($"{cases.Count} cases with authorizations in {clock.Elapsed.TotalSeconds:F0} s");
        var itemIds = await ItemsAsync(services, cases, options.ItemsPerCase, random, now);
        Console.WriteLine($"{itemIds.Count} items in {clock.Elapsed.TotalSeconds:F0} s");
        await AuditEventsAsync(services, cases, itemIds, options.AuditEvents, random, now, clock);
        Console.WriteLine($"{options.AuditEvents} audit events; done in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    private static FourfoldDbContext Db(IServiceScope scope)
    {
        scope.ServiceProvider.GetRequiredService<DataActor>().BecomeSystem();
        var db = scope.ServiceProvider.GetRequiredService<FourfoldDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }

    private static async Task<(PracticeId Practice, List<FourfoldUser> Pros, List<FourfoldUser> Clients)> PeopleAsync(IServiceProvider services, int cases, Instant now)
    {
        using var scope = services.CreateScope();
        var db = Db(scope);
        var practice = new Practice(PracticeId.New(), "Bench Practice", "America/New_York");
        db.Practices.Add(practice);
        var hash = new PasswordHasher<FourfoldUser>().HashPassword(new FourfoldUser(), Password);
        var pros = Enumerable.Range(0, Professionals).Select(n => User($"pro{n}@bench.example", $"Professional {n}", PersonKind.Professional, practice.Id, hash)).ToList();
        var clients = Enumerable.Range(0, cases * 2).Select(n => User($"client{n}@bench.example", $"Client {n}", PersonKind.Client, null, hash)).ToList();
        db.Users.AddRange(pros);
        db.Users.AddRange(clients);
        db.Set<IdentityUserToken<Guid>>().AddRange(pros.Select(p => new IdentityUserToken<Guid>
        {
            UserId = p.Id,
            LoginProvider = "[AspNetUserStore]",
            Name = "AuthenticatorKey",
            Value = AuthenticatorKey,
        }));
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        return (practice.Id, pros, clients);
    }

    private static FourfoldUser User(string email, string name, PersonKind kind, PracticeId? practice, string passwordHash) => new()
    {
        Id = Guid.CreateVersion7(),
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        PasswordHash = passwordHash,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        ConcurrencyStamp = Guid.NewGuid().ToString(),
        DisplayName = name,
        Kind = kind,
        PracticeId = practice,
        TimeZoneId = "America/New_York",
        TwoFactorEnabled = kind == PersonKind.Professional,
        Profile = kind == PersonKind.Professional ? ProfessionalProfile.Empty(ProfessionKind.Therapist) : null,
    };

    private static async Task<List<Case>> CasesAsync(IServiceProvider services, PracticeId practice, List<FourfoldUser> pros, List<FourfoldUser> clients, int count, Instant now)
    {
        var cases = new List<Case>();
        foreach (var batch in Enumerable.Range(0, count).Chunk(250))
        {
            using var scope = services.CreateScope();
            var db = Db(scope);
            foreach (var n in batch)
            {
                var opened = now - Duration.FromDays(800);
                var therapist = pros[n % Professionals];
                var openedCase = Case.Open(CaseId.New(), practice, $"Case {n}", therapist.PersonId, therapist.DisplayName, therapist.Email!, [CaseRole.CouplesTherapist], opened);
                Join(openedCase, clients[2 * n], CaseRole.BetrayedPartner, opened);
                Join(openedCase, clients[(2 * n) + 1], CaseRole.InvolvedPartner, opened);
                Join(openedCase, pros[(n + 67) % Professionals], CaseRole.SupportOfBetrayedPartner, opened);
                Join(openedCase, pros[(n + 131) % Professionals], CaseRole.SupportOfInvolvedPartner, opened);
                db.Cases.Add(openedCase);
                foreach (var (partner, person) in new[] { (PartnerRole.BetrayedPartner, clients[2 * n]), (PartnerRole.InvolvedPartner, clients[(2 * n) + 1]) })
                {
                    var terms = AuthorizationTerms.StandardTeam(partner, opened + Duration.FromDays(500));
                    var names = openedCase.Memberships.Where(m => m.PersonId is not null).ToDictionary(m => m.PersonId!.Value, m => m.DisplayName);
                    var text = AuthorizationText.Render(person.DisplayName, partner, terms, names, AuthorizationText.RoleHoldersOf(openedCase), DateTimeZone.Utc);
                    db.Authorizations.Add(Authorization.Sign(openedCase.Id, person.PersonId, partner, person.DisplayName, terms, person.DisplayName, text, opened + Duration.FromDays(500)));
                }

                cases.Add(openedCase);
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        return cases;
    }

    private static void Join(Case target, FourfoldUser person, CaseRole role, Instant at)
    {
        var invitation = target.Invite(new TeamInvitation(role, person.Email!, person.DisplayName), target.OpenedBy, InvitationToken.Create().Hash, at);
        target.AcceptInvitation(invitation.Id, person.PersonId, person.Kind, person.Email!, person.DisplayName, at);
    }

    private static async Task<List<(CaseId Case, Guid Item, ItemSubject Subject)>> ItemsAsync(IServiceProvider services, List<Case> cases, int perCase, Random random, Instant now)
    {
        var written = new List<(CaseId, Guid, ItemSubject)>();
        foreach (var batch in cases.Chunk(20))
        {
            using var scope = services.CreateScope();
            var db = Db(scope);
            foreach (var target in batch)
            {
                var roles = target.ActiveRoles();
                for (var n = 0; n < perCase; n++)
                {
                    var at = now - Duration.FromMinutes(random.Next(1, 700 * 24 * 60));
                    var author = roles.Keys.ElementAt(random.Next(roles.Count));
                    var context = new AuthoringContext(target.Id, author, roles, roles[author].Any(r => r.IsProfessional()) ? ProfessionKind.Therapist : null, null, at.InUtc().Date);
                    var kinds = Authorship.KindsFor(context);
                    var kind = random.Next(20) == 0 && kinds.Contains(ItemKind.PsychotherapyNote) ? ItemKind.PsychotherapyNote : kinds[random.Next(Math.Min(kinds.Count, 4))];
                    var subjects = Authorship.SubjectsFor(context.AuthorRoles);
                    var audience = kind == ItemKind.PsychotherapyNote ? [] : Authorship.AudienceChoices(context).Where(_ => random.Next(3) > 0).ToList();
                    var draft = new ItemDraft(kind, subjects[random.Next(subjects.Count)], audience, $"Item {n} of {target.Label}",
                        Body(random), at.InUtc().Date, kind == ItemKind.AssessmentSummary ? "Clinical interview" : null);
                    WrittenItem item = kind == ItemKind.PsychotherapyNote ? PsychotherapyNote.Write(context, draft, at) : ClinicalItem.Write(context, draft, at);
                    if (item is PsychotherapyNote note)
                    {
                        db.PsychotherapyNotes.Add(note);
                    }
                    else
                    {
                        db.ClinicalItems.Add((ClinicalItem)item);
                        written.Add((target.Id, item.Id.Value, item.Subject));
                    }
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        return written;
    }

    private static string Body(Random random)
    {
        string[] sentences =
        [
            "We reviewed the week and the agreements that held.",
            "Grounding skills helped on two difficult evenings.",
            "The next session will prepare the questions for the disclosure.",
            "Both partners described feeling more heard in the joint session.",
            "A relapse-prevention plan was drafted with three named supports.",
            "Sleep is improving; checking behaviour has decreased.",
        ];
        return string.Join(' ', Enumerable.Range(0, random.Next(4, 12)).Select(_ => sentences[random.Next(sentences.Length)]));
    }

    private static async Task AuditEventsAsync(IServiceProvider services, List<Case> cases, List<(CaseId Case, Guid Item, ItemSubject Subject)> items, int count, Random random, Instant now, Stopwatch clock)
    {
        var trail = services.GetRequiredService<AuditTrail>();
        await trail.StartAsync(CancellationToken.None);
        var readers = cases.ToDictionary(c => c.Id, c => c.Memberships.Where(m => m.PersonId is not null).Select(m => m.PersonId!.Value).ToArray());
        const int Batch = 2000;
        var start = now - Duration.FromDays(700);
        for (var written = 0; written < count; written += Batch)
        {
            var entries = new List<AuditEntry>(Batch);
            for (var n = 0; n < Math.Min(Batch, count - written); n++)
            {
                var (caseId, itemId, subject) = items[random.Next(items.Count)];
                var at = start + Duration.FromSeconds((written + n) * 12L);
                entries.Add(new AuditEntry(at, readers[caseId][random.Next(readers[caseId].Length)], AuditAction.ReadItem, AuditOutcome.Succeeded, caseId, itemId,
                    string.Join(',', AccessDecision.SubjectPartnersOf(subject)), nameof(AccessRule.AudienceWithConsent), "", "127.0.0.1"));
            }

            await trail.RecordAsync(entries);
            if ((written / Batch) % 250 == 0)
            {
                Console.WriteLine($"  {written + entries.Count} audit events in {clock.Elapsed.TotalSeconds:F0} s");
            }
        }

        await trail.StopAsync(CancellationToken.None);
    }
}
