using Fourfold.Domain.Access;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using NodaTime;

namespace Fourfold.Web.Features.Agreements;

/// <summary>
/// Reads a case's agreements, or one, for the signed-in person: the words of each are decided by the access decision
/// like any item of the story (a couple's item, which the team reads with both partners' consent), audited as read,
/// and only then is how the agreement stands read. What the reader may not read is not there, and one agreement they
/// may not read answers "not found".
/// </summary>
public sealed class AgreementQuery(Data.Tenancy.DataActor actor, CaseDoor.CaseAccess door, ItemStore items, AgreementStore agreements, ItemReadAudit audit, IClock clock)
{
    /// <summary>More than a couple keeps; a case that had more would show its newest.</summary>
    private const int MostShown = 400;

    public Task<CaseAgreements?> CaseAsync(CaseId caseId, CancellationToken cancellationToken) => CaseAsync(caseId, null, cancellationToken);

    /// <summary>
    /// The case's agreements the reader may read, only those <paramref name="shownWhen"/> keeps when it is given (what a
    /// page lists of them); only what is shown is recorded as read.
    /// </summary>
    public async Task<CaseAgreements?> CaseAsync(CaseId caseId, Func<Agreement, bool>? shownWhen, CancellationToken cancellationToken)
    {
        var found = await DecidedAsync(caseId, shownWhen, cancellationToken);
        if (found is not null)
        {
            await audit.PageReadAsync(found.Context.Reader.Person, caseId, found.Agreements.Select(a => (a.Words.Facts, a.Verdict)).ToList(), cancellationToken);
        }

        return found;
    }

    /// <summary>
    /// The same, decided but not yet recorded as read: for a page that shows only the titles of some of them, and records
    /// those it shows as such.
    /// </summary>
    public async Task<CaseAgreements?> DecidedAsync(CaseId caseId, Func<Agreement, bool>? shownWhen, CancellationToken cancellationToken)
    {
        if (await door.OpenAsync(caseId, cancellationToken) is not { } context)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        var headers = await items.SharedHeadersAsync(caseId, null, new TimelineFilter(Category.AgreementsAndCheckIns, null), MostShown, cancellationToken);
        var allowed = headers
            .Where(header => header.Kind.AsAgreementKind() is not null && AccessDecision.Decide(context.Reader, header.Facts, context.State, now) is AccessVerdict.Allowed)
            .Select(header => header.Id)
            .ToList();
        var rows = await items.SharedItemsAsync(caseId, allowed, cancellationToken);
        var shown = rows
            .Select(row => (Row: row, Verdict: AccessDecision.Decide(context.Reader, row.Facts, context.State, now) as AccessVerdict.Allowed))
            .Where(read => read.Verdict is not null)
            .Select(read => (Words: items.TryDecrypted(read.Row), read.Verdict))
            .Where(read => read.Words is not null)
            .ToList();
        var states = await agreements.OfAsync(caseId, shown.Select(s => s.Words!.Id).ToList(), cancellationToken);
        shown = [.. shown.Where(s => states.TryGetValue(s.Words!.Id, out var state) && (shownWhen is null || shownWhen(state)))];
        var views = new List<AgreementView>();
        foreach (var (words, verdict) in shown)
        {
            if (states.TryGetValue(words!.Id, out var state))
            {
                views.Add(new AgreementView(state, words, await InForceAsync(state, cancellationToken), verdict!, Visibility.Of(words.Facts, context, now)));
            }
        }

        return new CaseAgreements(context, [.. views.OrderBy(v => v.Agreement.Kind).ThenBy(v => v.Agreement.Terms.Tier).ThenByDescending(v => v.Id)]);
    }

    /// <summary>One agreement, decided and audited like an item page; null (and the refusal recorded) when the reader may not read it.</summary>
    public async Task<(CaseReadContext Context, AgreementView Agreement)?> OneAsync(ItemId id, CancellationToken cancellationToken)
    {
        var row = await items.ViewOfAsync(id, cancellationToken);
        var context = row is null ? null : await door.ViewAsync(row.CaseId, cancellationToken);
        if (row is null || context is null || row.Kind.AsAgreementKind() is null)
        {
            await audit.DeniedAsync(actor.Person, id.Value, row?.CaseId, null, ItemReadAudit.UnknownItem, cancellationToken);
            return null;
        }

        var now = clock.GetCurrentInstant();
        var verdict = AccessDecision.Decide(context.Reader, row.Facts, context.State, now);
        if (verdict is not AccessVerdict.Allowed allowed)
        {
            await audit.DeniedAsync(context.Reader.Person, id.Value, row.CaseId, row.Subject, ((AccessVerdict.Denied)verdict).Reason.ToString(), cancellationToken);
            return null;
        }

        var words = items.TryDecrypted(row);
        var state = (await agreements.OfAsync(row.CaseId, [id], cancellationToken)).GetValueOrDefault(id);
        if (words is null || state is null)
        {
            return null;
        }

        await audit.ReadAsync(context.Reader.Person, words.Facts, allowed, cancellationToken);
        return (context, new AgreementView(state, words, await InForceAsync(state, cancellationToken), allowed, Visibility.Of(words.Facts, context, now)));
    }

    private async Task<InForceWords?> InForceAsync(Agreement agreement, CancellationToken cancellationToken)
    {
        if (agreement.AgreedVersion is not { } agreed || agreed == agreement.Version)
        {
            return null;
        }

        var version = (await items.VersionsOfAsync(agreement.Id, cancellationToken))?.FirstOrDefault(v => v.Number == agreed);
        return version is null ? null : new InForceWords(agreed, version.Title, version.Body);
    }
}
