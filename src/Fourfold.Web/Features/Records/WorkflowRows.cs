using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Records;

/// <summary>How the door's stores read workflow rows: only those of the case's items already allowed to the reader.</summary>
public static class WorkflowRows
{
    public static async Task<Dictionary<ItemId, TRow>> OfAllowedAsync<TRow>(this IQueryable<TRow> rows, CaseId caseId, IReadOnlyCollection<ItemId> allowed, CancellationToken cancellationToken)
        where TRow : class, IItemWorkflow
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (allowed.Count == 0)
        {
            return [];
        }

        var ids = allowed.ToList();
        return await rows.AsNoTracking().Where(row => row.CaseId == caseId && ids.Contains(row.Id)).ToDictionaryAsync(row => row.Id, cancellationToken);
    }
}
