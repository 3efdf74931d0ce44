using Fourfold.Data;
using Fourfold.Domain.Cases;
using Fourfold.Domain.FullDisclosure;
using Fourfold.Domain.Records;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.FullDisclosure;

/// <summary>
/// The door's storage of the full disclosure: where it stands, its questions and drafts (the rows beside their items,
/// read only for items whose words were decided, or without their words), and the sessions it may be given in.
/// </summary>
public sealed class FullDisclosureStore(FourfoldDbContext db)
{
    /// <summary>The case's disclosure under way, or else the last one completed; read without tracking.</summary>
    public Task<DisclosureProcess?> CurrentAsync(CaseId caseId, CancellationToken cancellationToken) =>
        db.FullDisclosures.AsNoTracking().Where(d => d.CaseId == caseId)
            .OrderBy(d => d.Stage == DisclosureStage.Complete).ThenByDescending(d => d.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<DisclosureProcess?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.FullDisclosures.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);

    public Task<Dictionary<ItemId, DisclosureQuestion>> QuestionsOfAsync(CaseId caseId, IReadOnlyList<ItemId> allowed, CancellationToken cancellationToken) =>
        db.DisclosureQuestions.OfAllowedAsync(caseId, allowed, cancellationToken);

    public Task<Dictionary<ItemId, WrittenDisclosure>> DraftsOfAsync(CaseId caseId, IReadOnlyList<ItemId> allowed, CancellationToken cancellationToken) =>
        db.WrittenDisclosures.OfAllowedAsync(caseId, allowed, cancellationToken);

    /// <summary>The ids of the questions passed on, which a draft may answer; no words are read.</summary>
    public async Task<HashSet<ItemId>> PassedOnAsync(Guid disclosureId, CancellationToken cancellationToken) =>
        [.. await db.DisclosureQuestions.AsNoTracking().Where(q => q.DisclosureId == disclosureId && q.PassedOnAt != null).Select(q => q.Id).ToListAsync(cancellationToken)];

    /// <summary>The questions not yet passed on, with their items, tracked: passing them on widens who reads them.</summary>
    public async Task<List<(DisclosureQuestion Question, ClinicalItem Words)>> ToPassOnAsync(Guid disclosureId, CancellationToken cancellationToken)
    {
        var questions = await db.DisclosureQuestions.Where(q => q.DisclosureId == disclosureId && q.PassedOnAt == null).ToListAsync(cancellationToken);
        var ids = questions.Select(q => q.Id).ToList();
        var words = await db.ClinicalItems.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        return [.. questions.Where(q => words.ContainsKey(q.Id)).Select(q => (q, words[q.Id]))];
    }

    /// <summary>The case's disclosure sessions not cancelled, soonest first, which the disclosure may be given in.</summary>
    public Task<List<Session>> DisclosureSessionsAsync(CaseId caseId, CancellationToken cancellationToken) =>
        db.Sessions.AsNoTracking().Where(s => s.CaseId == caseId && s.Kind == SessionKind.Disclosure && s.Status == SessionStatus.Booked)
            .OrderBy(s => s.Start).ToListAsync(cancellationToken);

    public void Add(DisclosureProcess process) => db.FullDisclosures.Add(process);

    public void Add(ClinicalItem words) => db.ClinicalItems.Add(words);

    public void Add(DisclosureQuestion question, ClinicalItem words)
    {
        db.ClinicalItems.Add(words);
        db.DisclosureQuestions.Add(question);
    }

    public void Add(WrittenDisclosure draft, ClinicalItem words)
    {
        db.ClinicalItems.Add(words);
        db.WrittenDisclosures.Add(draft);
    }
}
