using System.Threading.Channels;
using Fourfold.Data;
using Fourfold.Data.Audit;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Audit;
using Fourfold.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Infrastructure.Auditing;

/// <summary>
/// Appends audit events to the chain. Reads are recorded with group commit: one writer takes every waiting request's
/// events, links them and commits them in one transaction, and each request continues only once its own events are
/// committed; if they cannot be written, the request fails. Changes append their events inside their own transaction
/// (<see cref="RunChangeAsync"/>). One appender at a time in this process, and a transaction-scoped advisory lock
/// across instances on PostgreSQL, keep the chain a single line.
/// </summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, AuditKey key, DatabaseSettings database, ILogger<AuditTrail> logger, IHttpContextAccessor http) : BackgroundService
{
    private const int MaxBatch = 2000;
    private const long PostgresChainLock = 0x4655_4446_4F4C_44;

    private readonly Channel<PendingEntries> pending = Channel.CreateUnbounded<PendingEntries>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim appender = new(1, 1);

    /// <summary>Records events and returns once they are committed.</summary>
    public Task RecordAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        if (entries.Any(e => e.Outcome == AuditOutcome.Denied))
        {
            NotFoundAudit.MarkRecorded(http.HttpContext);
        }

        var waiting = new PendingEntries(entries, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!pending.Writer.TryWrite(waiting))
        {
            throw new InvalidOperationException("The audit trail is shutting down.");
        }

        return waiting.Committed.Task.WaitAsync(cancellationToken);
    }

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default) => RecordAsync([entry], cancellationToken);

    /// <summary>
    /// Runs a change and appends its audit events in the same transaction: both are committed, or neither is.
    /// </summary>
    public async Task RunChangeAsync(FourfoldDbContext db, Func<CancellationToken, Task<IReadOnlyList<AuditEntry>>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(change);
        await appender.WaitAsync(cancellationToken);
        try
        {
            if (db.Database.CurrentTransaction is not null)
            {
                throw new InvalidOperationException("An audited change opens its own transaction, so that the chain stays locked until it commits.");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await LockChainAsync(db, cancellationToken);
            var entries = await change(cancellationToken);
            await AppendAsync(db, entries, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            appender.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingEntries>();
        while (await pending.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            var count = 0;
            while (count < MaxBatch && pending.Reader.TryRead(out var next))
            {
                batch.Add(next);
                count += next.Entries.Count;
            }

            await CommitAsync(batch);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        pending.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        appender.Dispose();
        base.Dispose();
    }

    private async Task CommitAsync(List<PendingEntries> batch)
    {
        try
        {
            await appender.WaitAsync();
            try
            {
                using var scope = scopes.CreateScope();
                scope.ServiceProvider.GetRequiredService<DataActor>().BecomeSystem();
                var db = scope.ServiceProvider.GetRequiredService<FourfoldDbContext>();
                db.Database.AutoSavepointsEnabled = false;
                await using var transaction = await db.Database.BeginTransactionAsync();
                await LockChainAsync(db, CancellationToken.None);
                await AppendAsync(db, batch.SelectMany(p => p.Entries).ToList(), CancellationToken.None);
                await transaction.CommitAsync();
            }
            finally
            {
                appender.Release();
            }

            batch.ForEach(p => p.Committed.TrySetResult());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogError(exception, "Audit events could not be committed; the requests that made them fail.");
            batch.ForEach(p => p.Committed.TrySetException(exception));
        }
    }

    private Task LockChainAsync(FourfoldDbContext db, CancellationToken cancellationToken) =>
        database.Provider == DatabaseProvider.Postgres
            ? db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresChainLock})", cancellationToken)
            : Task.CompletedTask;

    private async Task AppendAsync(FourfoldDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var head = await db.AuditHead.SingleOrDefaultAsync(h => h.Id == AuditHeadRecord.SingletonId, cancellationToken);
        var sequence = head?.Sequence ?? 0;
        var previousHash = head?.Hash ?? AuditChain.Origin;
        SealedAuditEvent? last = null;
        var rows = new List<AuditEventRecord>(entries.Count);
        var itemReads = new List<AuditItemReadRecord>();
        foreach (var entry in entries)
        {
            last = AuditChain.Seal(entry, ++sequence, previousHash, key.Bytes);
            previousHash = last.Hash;
            rows.Add(AuditRecords.ToRecord(last));
            itemReads.AddRange(AuditRecords.ItemReads(last));
        }

        await AuditRowWriter.InsertAsync(db, rows, cancellationToken);
        await AuditRowWriter.InsertAsync(db, itemReads, cancellationToken);

        var newHead = AuditChain.HeadAfter(last!, key.Bytes);
        if (head is null)
        {
            db.AuditHead.Add(new AuditHeadRecord { Sequence = newHead.Sequence, Hash = newHead.Hash, Mac = newHead.Mac });
        }
        else
        {
            head.Sequence = newHead.Sequence;
            head.Hash = newHead.Hash;
            head.Mac = newHead.Mac;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record PendingEntries(IReadOnlyList<AuditEntry> Entries, TaskCompletionSource Committed);
}
