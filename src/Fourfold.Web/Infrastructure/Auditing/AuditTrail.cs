using System.Threading.Channels;
using Fourfold.Data;
using Fourfold.Data.Audit;
using Fourfold.Data.Tenancy;
using Fourfold.Domain.Audit;
using Fourfold.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Infrastructure.Auditing;

/// <summary>
/// Appends audit events to the chain. Reads are recorded with group commit: one writer takes every waiting request's
/// events, links them and commits them in one transaction, and each request continues only once its own events are
/// committed; if they cannot be written, the request fails. Changes append their events inside their own transaction
/// (<see cref="RunChangeAsync"/>). One appender at a time in this process, and a transaction-scoped advisory lock
/// across instances on PostgreSQL, keep the chain a single line.
/// </summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, AuditKey key, DatabaseSettings database, ILogger<AuditTrail> logger, IHttpContextAccessor http, AuditAnchor anchor) : BackgroundService
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
            var head = await AppendAsync(db, entries, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (head is not null)
            {
                anchor.Append(head);
            }
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
                var head = await AppendAsync(db, batch.SelectMany(p => p.Entries).ToList(), CancellationToken.None);
                await transaction.CommitAsync();
                if (head is not null)
                {
                    anchor.Append(head);
                }
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

    /// <summary>
    /// A trail starts with its genesis event, written when its database is created; a trail that already has events
    /// (from before genesis events were written) has its current head anchored once, so that from then on it is watched.
    /// </summary>
    public async Task BeginTrailAsync(FourfoldDbContext db, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var head = await db.AuditHead.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditHeadRecord.SingletonId, cancellationToken);
        if (head is null && !await db.AuditEvents.AnyAsync(cancellationToken))
        {
            await RunChangeAsync(db, _ => Task.FromResult<IReadOnlyList<AuditEntry>>([new AuditEntry(now, null, AuditAction.ChainStarted, AuditOutcome.Succeeded)]), cancellationToken);
        }
        else if (head is not null && anchor.Last() is null)
        {
            anchor.Append(new AuditHead(head.Sequence, head.Hash, head.Mac));
        }
    }

    private async Task<AuditHead?> AppendAsync(FourfoldDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return null;
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
        return newHead;
    }

    private sealed record PendingEntries(IReadOnlyList<AuditEntry> Entries, TaskCompletionSource Committed);
}
