using Fourfold.Data;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Accountability;

/// <summary>The door's storage of what partners bring to the next joint session: read only for topics whose words were decided, and saved with their words.</summary>
public sealed class AgendaTopicStore(FourfoldDbContext db)
{
    public Task<Dictionary<ItemId, AgendaTopic>> OfAsync(CaseId caseId, IReadOnlyList<ItemId> allowed, CancellationToken cancellationToken) =>
        db.AgendaTopics.OfAllowedAsync(caseId, allowed, cancellationToken);

    /// <summary>A topic whose words the reader may read, tracked to be marked discussed.</summary>
    public Task<AgendaTopic?> TopicAsync(CaseId caseId, ItemId id, CancellationToken cancellationToken) =>
        db.AgendaTopics.SingleOrDefaultAsync(t => t.Id == id && t.CaseId == caseId, cancellationToken);

    public void Add(AgendaTopic topic, ClinicalItem words)
    {
        db.ClinicalItems.Add(words);
        db.AgendaTopics.Add(topic);
    }
}
