using Fourfold.Domain.Access;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>
/// Reads a case's check-ins for the signed-in person: the words of each decided and audited like any item of the
/// story, and only then its day and score. A reader sees their own and those shared with them, and nothing else.
/// </summary>
public sealed class CheckInQuery(CaseDoor.CaseAccess door, DecidedItems decided, CheckInStore store, ItemReadAudit audit, IClock clock)
{
    public async Task<CaseCheckIns?> CaseAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        if (await door.OpenAsync(caseId, cancellationToken) is not { } context)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        var read = await decided.OfKindsAsync(context, [ItemKind.CheckIn], cancellationToken);
        var states = await store.OfAsync(caseId, read.Select(r => r.Words.Id).ToList(), cancellationToken);
        var entries = read
            .Where(r => states.ContainsKey(r.Words.Id))
            .Select(r => new CheckInView(states[r.Words.Id], r.Words, r.Verdict, Visibility.Of(r.Words.Facts, context, now)))
            .OrderByDescending(e => e.CheckIn.On).ThenByDescending(e => e.CheckIn.Id)
            .ToList();
        await audit.PageReadAsync(context.Reader.Person, caseId, entries.Select(e => (e.Words.Facts, e.Verdict)).ToList(), cancellationToken);
        return new CaseCheckIns(context, entries);
    }
}

/// <summary>One check-in as a reader is shown it, with who can see it and why.</summary>
public sealed record CheckInView(CheckIn CheckIn, ItemView Words, AccessVerdict.Allowed Verdict, IReadOnlyList<VisibilityLine> Visibility);

/// <summary>A case's check-ins for one reader, newest first.</summary>
public sealed record CaseCheckIns(CaseReadContext Context, IReadOnlyList<CheckInView> Entries)
{
    /// <summary>The safety check-ins of one author, oldest first: what a chart of how safe they felt draws.</summary>
    public IReadOnlyList<CheckInView> SafetyOf(Domain.People.PersonId author) =>
        [.. Entries.Where(e => e.CheckIn.Kind == CheckInKind.Safety && e.CheckIn.Author == author && e.CheckIn.Safety is not null).OrderBy(e => e.CheckIn.On).ThenBy(e => e.CheckIn.Id)];
}
