using Fourfold.Data;
using Fourfold.Data.Audit;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Auditing;

/// <summary>
/// Someone with direct write access to the database (here: with the append-only triggers removed) edits, deletes,
/// inserts, reorders or truncates audit events; the verify command names the first bad event and exits non-zero.
/// Each test puts the original rows back afterwards.
/// </summary>
public abstract class AuditTamperingTests(FourfoldAppFactory app)
{
    [Fact]
    public Task EditedEvent_IsNamed() => TamperAsync(
        rows => rows[2].Outcome = "Denied",
        expectedFirstBad: 3);

    [Fact]
    public Task DeletedEvent_IsNamed() => TamperAsync(
        rows => rows.RemoveAt(3),
        expectedFirstBad: 5);

    [Fact]
    public Task InsertedEvent_IsNamed() => TamperAsync(
        rows =>
        {
            var copy = Clone(rows[1]);
            rows.Insert(2, copy);
            for (var i = 0; i < rows.Count; i++)
            {
                rows[i].Sequence = i + 1;
            }
        },
        expectedFirstBad: 3);

    [Fact]
    public Task ReorderedEvents_AreNamed() => TamperAsync(
        rows => (rows[3].Sequence, rows[4].Sequence) = (rows[4].Sequence, rows[3].Sequence),
        expectedFirstBad: 4);

    [Fact]
    public Task TruncatedTail_IsDetected() => TamperAsync(
        rows => rows.RemoveRange(rows.Count - 2, 2),
        expectedFirstBad: null);

    [Fact]
    public async Task AWipedTrail_IsDetected_EvenWithItsHeadGone()
    {
        await app.SignedInAsync(DemoAccounts.DanaHolt);
        var original = await ReadAllAsync();
        var head = await ReadHeadAsync();
        await ReplaceAllAsync([]);
        await ReplaceHeadAsync(null);
        try
        {
            var (exit, output) = await VerifyCommandAsync();

            Assert.Equal(1, exit);
            Assert.Contains("it was wiped", output, StringComparison.Ordinal);
        }
        finally
        {
            await ReplaceAllAsync(original);
            await ReplaceHeadAsync(head);
        }

        Assert.Equal(0, (await VerifyCommandAsync()).Exit);
    }

    [Fact]
    public async Task ATrailRolledBackToAnEarlierHead_IsDetected()
    {
        await app.SignedInAsync(DemoAccounts.DanaHolt);
        var earlierHead = await ReadHeadAsync();
        await app.SignedInAsync(DemoAccounts.ChrisHolt);
        var original = await ReadAllAsync();
        var laterHead = await ReadHeadAsync();
        await ReplaceAllAsync(original.Where(e => e.Sequence <= earlierHead!.Sequence).ToList());
        await ReplaceHeadAsync(earlierHead);
        try
        {
            var (exit, output) = await VerifyCommandAsync();

            Assert.Equal(1, exit);
            Assert.Contains($"the trail ends at event {earlierHead!.Sequence} but its anchor says {laterHead!.Sequence}", output, StringComparison.Ordinal);
        }
        finally
        {
            await ReplaceAllAsync(original);
            await ReplaceHeadAsync(laterHead);
        }

        Assert.Equal(0, (await VerifyCommandAsync()).Exit);
    }

    [Fact]
    public async Task TheTrailBeginsWithItsGenesisEvent()
    {
        var first = (await ReadAllAsync())[0];

        Assert.Equal(1, first.Sequence);
        Assert.Equal("ChainStarted", first.Action);
    }

    private async Task<AuditHeadRecord?> ReadHeadAsync()
    {
        using var scope = app.Services.CreateScope();
        return await FourfoldAppFactory.SystemDb(scope).AuditHead.AsNoTracking().SingleOrDefaultAsync();
    }

    private async Task ReplaceHeadAsync(AuditHeadRecord? head)
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        await scope.ServiceProvider.GetRequiredService<AuditTrail>().RunChangeAsync(db, async cancellationToken =>
        {
            await db.AuditHead.ExecuteDeleteAsync(cancellationToken);
            if (head is not null)
            {
                db.AuditHead.Add(new AuditHeadRecord { Sequence = head.Sequence, Hash = head.Hash, Mac = head.Mac });
                await db.SaveChangesAsync(cancellationToken);
            }

            return [];
        }, CancellationToken.None);
    }

    private async Task TamperAsync(Action<List<AuditEventRecord>> tamper, long? expectedFirstBad)
    {
        await app.SignedInAsync(DemoAccounts.DanaHolt);
        await app.SignedInAsync(DemoAccounts.ChrisHolt);
        await app.SignedInAsync(DemoAccounts.MorganReed);
        await app.SignedInAsync(DemoAccounts.CaseyReed);
        await app.SignedInAsync(DemoAccounts.RileyPark);
        await app.SignedInAsync(DemoAccounts.AveryPark);

        var original = await ReadAllAsync();
        var tampered = original.Select(Clone).ToList();
        tamper(tampered);
        await ReplaceAllAsync(tampered);
        try
        {
            var (exit, output) = await VerifyCommandAsync();

            Assert.Equal(1, exit);
            Assert.Contains("Audit chain broken at event", output, StringComparison.Ordinal);
            if (expectedFirstBad is { } sequence)
            {
                Assert.Contains($"broken at event {sequence}:", output, StringComparison.Ordinal);
            }
        }
        finally
        {
            await ReplaceAllAsync(original);
        }

        Assert.Equal(0, (await VerifyCommandAsync()).Exit);
    }

    private async Task<(int Exit, string Output)> VerifyCommandAsync()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            return (await AuditCommands.RunAsync(app.Services, ["audit", "verify"]), output.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    private async Task<List<AuditEventRecord>> ReadAllAsync()
    {
        using var scope = app.Services.CreateScope();
        return await FourfoldAppFactory.SystemDb(scope).AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    private async Task ReplaceAllAsync(List<AuditEventRecord> rows)
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        await audit.RunChangeAsync(db, async cancellationToken =>
        {
            await AllowTamperingAsync(db, allow: true);
            await db.AuditEvents.ExecuteDeleteAsync(cancellationToken);
            db.AuditEvents.AddRange(rows.Select(Clone));
            await db.SaveChangesAsync(cancellationToken);
            await AllowTamperingAsync(db, allow: false);
            return [];
        }, CancellationToken.None);
    }

    private Task AllowTamperingAsync(FourfoldDbContext db, bool allow) => app.Provider switch
    {
        DatabaseProvider.Postgres => db.Database.ExecuteSqlRawAsync(allow
            ? "ALTER TABLE \"AuditEvents\" DISABLE TRIGGER USER"
            : "ALTER TABLE \"AuditEvents\" ENABLE TRIGGER USER"),
        DatabaseProvider.Sqlite => db.Database.ExecuteSqlRawAsync(allow
            ? "DROP TRIGGER IF EXISTS audit_events_no_update; DROP TRIGGER IF EXISTS audit_events_no_delete;"
            : "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON \"AuditEvents\" BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;"
              + "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON \"AuditEvents\" BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;"),
        _ => throw new InvalidOperationException(),
    };

    private static AuditEventRecord Clone(AuditEventRecord r) => new()
    {
        Sequence = r.Sequence,
        At = r.At,
        ActorId = r.ActorId,
        Action = r.Action,
        Outcome = r.Outcome,
        AuditedCaseId = r.AuditedCaseId,
        ItemId = r.ItemId,
        Subjects = r.Subjects,
        Rule = r.Rule,
        Authorizations = r.Authorizations,
        ClientAddress = r.ClientAddress,
        Items = r.Items,
        PreviousHash = r.PreviousHash,
        Hash = r.Hash,
    };
}

public sealed class AuditTamperingTestsOnSqlite(SqliteApp app) : AuditTamperingTests(app), IClassFixture<SqliteApp>;

public sealed class AuditTamperingTestsOnPostgres(PostgresApp app) : AuditTamperingTests(app), IClassFixture<PostgresApp>;
