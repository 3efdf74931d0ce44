using Fourfold.Domain.Access;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using NodaTime;

namespace Fourfold.Web.Features.Agreements;

/// <summary>
/// Reads a case's disclosure log for the signed-in person: each entry's words decided and audited like any item of the
/// story, and only then its dates and timeliness; a commitment is named only to a reader who may read it.
/// </summary>
public sealed class DisclosureQuery(ItemStore items, DisclosureStore disclosures, AgreementQuery agreements, ItemReadAudit audit, IClock clock)
{
    private const int MostShown = 400;

    /// <param name="caseId">The case.</param>
    /// <param name="withChoices">Whether the commitments in force are listed to record under (the involved partner's form).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<CaseDisclosures?> CaseAsync(CaseId caseId, bool withChoices, CancellationToken cancellationToken)
    {
        if (await agreements.DecidedAsync(caseId, agreement => agreement is { Kind: AgreementKind.DisclosureCommitment, AgreedVersion: not null }, cancellationToken) is not { } found)
        {
            return null;
        }

        var context = found.Context;
        var now = clock.GetCurrentInstant();
        var headers = await items.SharedHeadersAsync(caseId, null, new TimelineFilter(Category.AgreementsAndCheckIns, null), MostShown, cancellationToken);
        var allowed = headers
            .Where(header => header.Kind == ItemKind.DisclosureLogEntry && AccessDecision.Decide(context.Reader, header.Facts, context.State, now) is AccessVerdict.Allowed)
            .Select(header => header.Id)
            .ToList();
        var shown = (await items.SharedItemsAsync(caseId, allowed, cancellationToken))
            .Select(row => (Row: row, Verdict: AccessDecision.Decide(context.Reader, row.Facts, context.State, now) as AccessVerdict.Allowed))
            .Where(read => read.Verdict is not null)
            .Select(read => (Words: items.TryDecrypted(read.Row), read.Verdict))
            .Where(read => read.Words is not null)
            .ToList();
        await audit.PageReadAsync(context.Reader.Person, caseId, shown.Select(s => (s.Words!.Facts, s.Verdict!)).ToList(), cancellationToken);
        var states = await disclosures.OfAsync(caseId, shown.Select(s => s.Words!.Id).ToList(), cancellationToken);
        var titles = found.Agreements.ToDictionary(a => a.Id, a => a.Words.Title);
        var entries = new List<DisclosureView>();
        foreach (var (words, verdict) in shown)
        {
            if (states.TryGetValue(words!.Id, out var state))
            {
                var commitment = state.CommitmentId is { } id ? titles.GetValueOrDefault(id) : null;
                entries.Add(new DisclosureView(state, words, commitment, verdict!, Visibility.Of(words.Facts, context, now)));
            }
        }

        // The commitments show by title only: those named beside an entry, and those in force in the form that lists them.
        var choices = withChoices ? found.Agreements.Where(a => a.Agreement.Status != AgreementStatus.Retired).ToList() : [];
        var titled = found.Agreements.Where(a => choices.Contains(a) || entries.Any(e => e.Disclosure.CommitmentId == a.Id)).ToList();
        await audit.TitlesReadAsync(context.Reader.Person, caseId, titled.Select(a => (a.Words.Facts, a.Verdict)).ToList(), cancellationToken);
        return new CaseDisclosures(context, [.. entries.OrderByDescending(e => e.Disclosure.HappenedOn).ThenByDescending(e => e.Disclosure.Id)], choices);
    }
}
