using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Common;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>
/// The record a command acts on (homework to log, a note to mark, a topic to close, something to reply to), decided
/// for the signed-in person before anything else of it is read: null, and the refusal audited with its reason, when it
/// is not there for them.
/// </summary>
public sealed class ActionTargets(FourfoldDbContext db, CaseDoor.CaseAccess door, ItemStore items, AuditedChanges changes, IClock clock)
{
    public async Task<(ItemView Item, CaseReadContext Context)?> DecidedAsync(ItemId id, IReadOnlyCollection<ItemKind> kinds, AuditAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var row = await items.ViewOfAsync(id, cancellationToken);
        var context = row is null ? null : await door.ViewAsync(row.CaseId, cancellationToken);
        if (row is null || context is null || !kinds.Contains(row.Kind)
            || AccessDecision.Decide(context.Reader, row.Facts, context.State, clock.GetCurrentInstant()) is not AccessVerdict.Allowed)
        {
            var reason = row is null || !kinds.Contains(row.Kind) ? ItemReadAudit.UnknownItem : context is null ? nameof(DenialReason.NotOnCase) : nameof(DenialReason.NotInAudience);
            await changes.RefusedAsync(db, action, row?.CaseId, id.Value, reason, cancellationToken);
            return null;
        }

        return (row, context);
    }

    /// <summary>
    /// Takes a record off someone's agenda (a note talked through, a topic discussed): decided, then its row read
    /// tracked, moved by the domain's rule and saved with its audit event; a move the rule refuses is audited with
    /// <paramref name="refusal"/>.
    /// </summary>
    public async Task<OutcomeKind> CloseAsync<TRow>(
        ItemId id,
        ItemKind kind,
        AuditAction action,
        string refusal,
        Func<Domain.Cases.CaseId, Task<TRow?>> tracked,
        Action<TRow, CaseReadContext, Instant> close,
        CancellationToken cancellationToken)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(tracked);
        ArgumentNullException.ThrowIfNull(close);
        if (await DecidedAsync(id, [kind], action, cancellationToken) is not { } target || await tracked(target.Item.CaseId) is not { } row)
        {
            return OutcomeKind.NotFound;
        }

        try
        {
            close(row, target.Context, clock.GetCurrentInstant());
        }
        catch (DomainRuleViolation)
        {
            await RefusedAsync(action, target.Item, refusal, cancellationToken);
            return OutcomeKind.Refused;
        }

        return await changes.SaveAsync(db, action, target.Item.CaseId, cancellationToken, ItemReadAudit.Subjects(target.Item.Subject), id.Value)
            ? OutcomeKind.Done
            : OutcomeKind.Refused;
    }

    /// <summary>A move the rules refuse on a record the person may read (already done, or not theirs to make), audited.</summary>
    public Task RefusedAsync(AuditAction action, ItemView item, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return changes.RefusedAsync(db, action, item.CaseId, item.Id.Value, reason, cancellationToken);
    }
}
