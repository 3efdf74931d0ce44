using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Agreements;

/// <summary>
/// A partner moves an agreement on: answers the other's proposal (agree, talk it through first, or counter), proposes
/// a change to one in force or to set it aside, or takes their own proposal back. The answer names the version it read; if that proposal changed meanwhile, it is
/// refused as stale and nothing is saved. Someone who may not read the agreement finds nothing.
/// </summary>
public sealed class AnswerAgreement(FourfoldDbContext db, CaseDoor.CaseAccess door, AgreementStore store, AuditedChanges changes, AgreementNotices notices, IClock clock)
{
    public Task<AgreementChange> AnswerAsync(ItemId id, int startedFrom, AgreementAnswer? answer, AgreementDraft? counter, CancellationToken cancellationToken) =>
        MoveAsync(id, (agreement, context, words, now) =>
        {
            if (answer is not { } chosen || !Enum.IsDefined(chosen))
            {
                return new Dictionary<string, string> { [Agreement.AnswerField] = "Choose how you answer: agree, talk it through first, or propose your own version." };
            }

            if (chosen == AgreementAnswer.Counter && Problems(agreement, context, counter) is { Count: > 0 } problems)
            {
                return problems;
            }

            agreement.Answer(context, words, startedFrom, chosen, counter is null ? null : counter with { Kind = agreement.Kind }, now);
            return null;
        }, cancellationToken);

    public Task<AgreementChange> ProposeChangeAsync(ItemId id, int startedFrom, AgreementDraft draft, CancellationToken cancellationToken) =>
        MoveAsync(id, (agreement, context, words, now) =>
        {
            if (Problems(agreement, context, draft) is { Count: > 0 } problems)
            {
                return problems;
            }

            agreement.ProposeChange(context, words, startedFrom, draft with { Kind = agreement.Kind }, now);
            return null;
        }, cancellationToken);

    /// <summary>The partner whose proposal is on the table takes it back.</summary>
    public Task<AgreementChange> WithdrawAsync(ItemId id, int startedFrom, CancellationToken cancellationToken) =>
        MoveAsync(id, (agreement, context, _, now) =>
        {
            agreement.Withdraw(context, startedFrom, now);
            return null;
        }, cancellationToken);

    /// <summary>A partner proposes to set aside the agreement in force; the other answers as to any proposal.</summary>
    public Task<AgreementChange> ProposeRetirementAsync(ItemId id, int startedFrom, CancellationToken cancellationToken) =>
        MoveAsync(id, (agreement, context, _, now) =>
        {
            agreement.ProposeRetirement(context, startedFrom, now);
            return null;
        }, cancellationToken);

    private static IReadOnlyDictionary<string, string>? Problems(Agreement agreement, AuthoringContext context, AgreementDraft? draft) =>
        draft is null
            ? new Dictionary<string, string> { [nameof(AgreementDraft.Title)] = "Write your version of the agreement." }
            : AgreementCheck.Of(draft with { Kind = agreement.Kind }, context.ActiveRoles.Values.SelectMany(roles => roles), context.Today).Problems;

    private async Task<AgreementChange> MoveAsync(ItemId id, Func<Agreement, AuthoringContext, ClinicalItem, Instant, IReadOnlyDictionary<string, string>?> move,
        CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var tracked = await store.TrackedAsync(id, cancellationToken);
        var context = tracked is null ? null : await door.ViewAsync(tracked.Value.Agreement.CaseId, cancellationToken);
        var authoring = tracked is null ? null : await door.AuthorAsync(tracked.Value.Agreement.CaseId, now, cancellationToken);
        if (tracked is not { } found || context is null || authoring is null
            || AccessDecision.Decide(context.Reader, found.Words.Facts, context.State, now) is not AccessVerdict.Allowed)
        {
            await changes.RefusedAsync(db, AuditAction.AgreementAnswered, tracked?.Agreement.CaseId, id.Value, tracked is null ? ItemReadAudit.UnknownItem : nameof(DenialReason.NotInAudience), cancellationToken);
            return AgreementChange.NotFound;
        }

        if (!authoring.Value.Context.AuthorRoles.Any(role => role.IsPartner()))
        {
            return AgreementChange.Refused(Agreement.AnswerField, ProposeAgreement.PartnersOnly);
        }

        try
        {
            if (move(found.Agreement, authoring.Value.Context, found.Words, now) is { } problems)
            {
                return AgreementChange.Invalid(problems) with { Of = found.Agreement.Kind };
            }
        }
        catch (DomainRuleViolation violation)
        {
            var field = violation.Field == nameof(Agreement.Version) ? AgreementChange.StaleField : violation.Field ?? Agreement.AnswerField;
            return AgreementChange.Refused(field, violation.Message) with { Of = found.Agreement.Kind };
        }

        if (!await changes.SaveAsync(db, AuditAction.AgreementAnswered, found.Agreement.CaseId, cancellationToken, ItemReadAudit.Subjects(ItemSubject.Couple), id.Value))
        {
            return AgreementChange.Refused(AgreementChange.StaleField, Agreement.StaleAnswerMessage);
        }

        await notices.SendAsync(context, found.Agreement, found.Words, cancellationToken);
        return AgreementChange.Saved(found.Agreement);
    }
}
