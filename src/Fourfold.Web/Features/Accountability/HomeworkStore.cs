using Fourfold.Data;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Accountability;

/// <summary>
/// The door's storage of homework and the partners' notes of how it went: the due days and flags of records whose words
/// the access decision has allowed, and new records saved with their words.
/// </summary>
public sealed class HomeworkStore(FourfoldDbContext db)
{
    public Task<Dictionary<ItemId, Homework>> HomeworkOfAsync(CaseId caseId, IReadOnlyList<ItemId> allowed, CancellationToken cancellationToken) =>
        db.Homework.OfAllowedAsync(caseId, allowed, cancellationToken);

    public Task<Dictionary<ItemId, HomeworkLog>> LogsOfAsync(CaseId caseId, IReadOnlyList<ItemId> allowed, CancellationToken cancellationToken) =>
        db.HomeworkLogs.OfAllowedAsync(caseId, allowed, cancellationToken);

    /// <summary>A piece of homework of the case, to check a note against; read without its words.</summary>
    public Task<Homework?> HomeworkAsync(CaseId caseId, ItemId id, CancellationToken cancellationToken) =>
        db.Homework.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id && h.CaseId == caseId, cancellationToken);

    /// <summary>A note of how homework went whose words the reader may read, tracked to be marked talked through.</summary>
    public Task<HomeworkLog?> LogAsync(CaseId caseId, ItemId id, CancellationToken cancellationToken) =>
        db.HomeworkLogs.SingleOrDefaultAsync(l => l.Id == id && l.CaseId == caseId, cancellationToken);

    /// <summary>
    /// The notes flagged for an individual session and not yet talked through, in the cases the signed-in person is on
    /// (the tenant filter), with the partner role whose support they are for; nothing of their words. A flag stays only
    /// until it is talked through, so these are few.
    /// </summary>
    public async Task<List<HomeworkLog>> FlaggedAsync(CancellationToken cancellationToken) =>
        await db.HomeworkLogs.AsNoTracking().Where(l => l.BringToIndividualSession && l.TalkedThroughAt == null)
            .OrderByDescending(l => l.Id).ToListAsync(cancellationToken);

    public void Add(Homework homework, ClinicalItem words)
    {
        db.ClinicalItems.Add(words);
        db.Homework.Add(homework);
    }

    public void Add(HomeworkLog log, ClinicalItem words)
    {
        db.ClinicalItems.Add(words);
        db.HomeworkLogs.Add(log);
    }
}
