using Fourfold.Data;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fourfold.Web.Tests.Tenancy;

public abstract class TenancyTests(FourfoldAppFactory app)
{
    [Fact]
    public void Model_EveryCaseScopedEntityHasTheTenantFilter()
    {
        using var scope = app.Services.CreateScope();
        var model = FourfoldAppFactory.SystemDb(scope).Model;

        foreach (var entity in model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            var hasCaseId = entity.ClrType.GetProperty("CaseId") is not null;
            var isCaseScoped = typeof(ICaseScoped).IsAssignableFrom(entity.ClrType);
            Assert.True(hasCaseId == isCaseScoped, $"{entity.ClrType.Name} has a CaseId but is not marked case-scoped.");
            if (isCaseScoped || typeof(IPracticeScoped).IsAssignableFrom(entity.ClrType))
            {
                Assert.Contains(entity.GetDeclaredQueryFilters(), filter => filter.Key == FourfoldDbContext.TenantFilter);
            }
        }
    }

    [Fact]
    public async Task Queries_AsAPartner_SeeOnlyTheirOwnCase()
    {
        using var scope = app.Services.CreateScope();
        var db = await SignedInDbAsync(scope, DemoAccounts.RileyPark);

        Assert.Equal(["Park"], await db.Cases.Select(c => c.Label).ToListAsync());
        Assert.All(await db.CaseMemberships.ToListAsync(), m => Assert.Equal(db.Actor.VisibleCaseIds[0], m.CaseId));
    }

    [Fact]
    public async Task Save_ToACaseTheActorIsNotOn_IsRefusedAndWritesNothing()
    {
        CaseId holt;
        using (var arrange = app.Services.CreateScope())
        {
            holt = (await FourfoldAppFactory.SystemDb(arrange).Cases.SingleAsync(c => c.Label == "Holt")).Id;
        }

        using var scope = app.Services.CreateScope();
        var db = await SignedInDbAsync(scope, DemoAccounts.JordanBlake);
        var foreign = await db.Cases.IgnoreQueryFilters().SingleAsync(c => c.Id == holt);
        foreign.Invite(new TeamInvitation(CaseRole.SupportOfBetrayedPartner, "intruder@accounts.test", "Intruder"), db.Actor.Person!.Value, "hash", SystemClock.Instance.GetCurrentInstant());

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());

        using var check = app.Services.CreateScope();
        Assert.False(await FourfoldAppFactory.SystemDb(check).CaseMemberships.AnyAsync(m => m.InvitedEmail == "intruder@accounts.test"));
    }

    [Fact]
    public async Task Save_OpeningACaseInAnotherPractice_IsRefused()
    {
        using var scope = app.Services.CreateScope();
        var db = await SignedInDbAsync(scope, DemoAccounts.AlexKim);
        var harbor = await db.Practices.SingleAsync(p => p.Name == DemoSeeder.HarborCounseling);

        db.Cases.Add(Case.Open(CaseId.New(), harbor.Id, "Elsewhere", db.Actor.Person!.Value, "Dr. Alex Kim", DemoAccounts.AlexKim.Email,
            [CaseRole.CouplesTherapist], SystemClock.Instance.GetCurrentInstant()));

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Save_MovingAMembershipToAnotherCase_IsRefused()
    {
        using var scope = app.Services.CreateScope();
        var db = await SignedInDbAsync(scope, DemoAccounts.MayaLee);
        var cases = await db.Cases.ToListAsync();
        var membership = cases.Single(c => c.Label == "Reed").Memberships[0];

        db.Entry(membership).Property(m => m.CaseId).CurrentValue = cases.Single(c => c.Label == "Holt").Id;

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task TwoConcurrentChangesToOneCase_TheSecondIsRefusedAndNothingOfItIsSaved()
    {
        using var first = app.Services.CreateScope();
        using var second = app.Services.CreateScope();
        var firstDb = await SignedInDbAsync(first, DemoAccounts.SamOrtiz);
        var secondDb = await SignedInDbAsync(second, DemoAccounts.PriyaNair);
        var inFirst = await firstDb.Cases.SingleAsync(c => c.Label == "Park");
        var inSecond = await secondDb.Cases.SingleAsync(c => c.Label == "Park");
        var now = SystemClock.Instance.GetCurrentInstant();

        inFirst.Invite(new TeamInvitation(CaseRole.CouplesTherapist, "first.ct@accounts.test", "First"), firstDb.Actor.Person!.Value, "hash-1", now);
        inSecond.Invite(new TeamInvitation(CaseRole.CouplesTherapist, "second.ct@accounts.test", "Second"), secondDb.Actor.Person!.Value, "hash-2", now);
        var changes = first.ServiceProvider.GetRequiredService<Fourfold.Web.Infrastructure.Auditing.AuditedChanges>();
        Assert.True(await changes.SaveAsync(firstDb, Domain.Audit.AuditAction.TeamMemberInvited, inFirst.Id, CancellationToken.None));
        var secondChanges = second.ServiceProvider.GetRequiredService<Fourfold.Web.Infrastructure.Auditing.AuditedChanges>();

        Assert.False(await secondChanges.SaveAsync(secondDb, Domain.Audit.AuditAction.TeamMemberInvited, inSecond.Id, CancellationToken.None));

        using var check = app.Services.CreateScope();
        var invited = await FourfoldAppFactory.SystemDb(check).CaseMemberships
            .Where(m => m.InvitedEmail == "first.ct@accounts.test" || m.InvitedEmail == "second.ct@accounts.test").Select(m => m.InvitedEmail).ToListAsync();
        Assert.Equal(["first.ct@accounts.test"], invited);
    }

    private static async Task<FourfoldDbContext> SignedInDbAsync(IServiceScope scope, DemoAccount person)
    {
        var db = scope.ServiceProvider.GetRequiredService<FourfoldDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == person.Email);
        var caseIds = await db.CaseMemberships.IgnoreQueryFilters()
            .Where(m => m.PersonId == user.PersonId && m.Status == MembershipStatus.Active).Select(m => m.CaseId).ToListAsync();
        if (user.Kind == Domain.People.PersonKind.PracticeAdministrator)
        {
            caseIds.AddRange(await db.Cases.IgnoreQueryFilters().Where(c => c.PracticeId == user.PracticeId).Select(c => c.Id).ToListAsync());
        }

        scope.ServiceProvider.GetRequiredService<DataActor>().SignIn(user.PersonId, user.Kind, user.PracticeId, caseIds);
        return db;
    }
}

public sealed class TenancyTestsOnSqlite(SqliteApp app) : TenancyTests(app), IClassFixture<SqliteApp>;

public sealed class TenancyTestsOnPostgres(PostgresApp app) : TenancyTests(app), IClassFixture<PostgresApp>;
