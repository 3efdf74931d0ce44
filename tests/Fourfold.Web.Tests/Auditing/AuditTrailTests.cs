using Fourfold.Web.Features.Demo;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Auditing;

public abstract class AuditTrailTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task SignIns_AndFailedAttempts_AreAudited_WithActorOutcomeAndAddress()
    {
        var before = await CountAsync();
        await Personas.PasswordAsync(app.NewClient(), DemoAccounts.RileyPark.Email, "not the right password");
        await Personas.PasswordAsync(app.NewClient(), "nobody-at-all@accounts.test", "not the right password");
        await app.SignedInAsync(DemoAccounts.JordanBlake);

        using var scope = app.Services.CreateScope();
        var events = await FourfoldAppFactory.SystemDb(scope).AuditEvents.Where(e => e.Sequence > before).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["SignInFailed", "SignInFailed", "SignIn"], events.Select(e => e.Action).ToArray());
        Assert.Equal(["Denied", "Denied", "Succeeded"], events.Select(e => e.Outcome).ToArray());
        Assert.Null(events[1].ActorId);
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.Hash)));
    }

    [Fact]
    public async Task VerifyCommand_OnAnIntactChain_ReportsTheCountAndExitsZero()
    {
        await app.SignedInAsync(DemoAccounts.CaseyReed);
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int exit;
        try
        {
            exit = await AuditCommands.RunAsync(app.Services, ["audit", "verify"]);
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(0, exit);
        Assert.Matches(@"Audit chain intact: [1-9]\d* events checked\.", output.ToString());
    }

    [Fact]
    public async Task AuditEvents_CannotBeUpdatedOrDeletedThroughTheDatabase()
    {
        await app.SignedInAsync(DemoAccounts.AveryPark);
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);

        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEvents.Where(e => e.Sequence == 1).ExecuteUpdateAsync(s => s.SetProperty(e => e.Outcome, "Denied")));
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEvents.Where(e => e.Sequence == 1).ExecuteDeleteAsync());
    }

    private async Task<long> CountAsync()
    {
        using var scope = app.Services.CreateScope();
        return await FourfoldAppFactory.SystemDb(scope).AuditEvents.MaxAsync(e => (long?)e.Sequence) ?? 0;
    }
}

public sealed class AuditTrailTestsOnSqlite(SqliteApp app) : AuditTrailTests(app), IClassFixture<SqliteApp>;

public sealed class AuditTrailTestsOnPostgres(PostgresApp app) : AuditTrailTests(app), IClassFixture<PostgresApp>;
