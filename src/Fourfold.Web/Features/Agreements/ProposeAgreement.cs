using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Agreements;

/// <summary>
/// A partner proposes a new agreement to the other. The draft is checked field by field first; the agreement and the
/// item carrying its words are saved together with the audit event, or nothing is; the other partner is then told
/// that a proposal waits for them.
/// </summary>
public sealed class ProposeAgreement(FourfoldDbContext db, CaseDoor.CaseAccess door, AgreementStore store, AuditedChanges changes, AgreementNotices notices, IClock clock)
{
    public const string PartnersOnly = "Agreements are made between the partners; the team reads them where the couple allows.";

    public async Task<AgreementChange> ExecuteAsync(CaseId caseId, AgreementDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetCurrentInstant();
        if (await door.AuthorAsync(caseId, now, cancellationToken) is not { } loaded)
        {
            await changes.RefusedAsync(db, AuditAction.AgreementProposed, caseId, null, nameof(DenialReason.NotOnCase), cancellationToken);
            return AgreementChange.NotFound;
        }

        if (!loaded.Context.AuthorRoles.Any(role => role.IsPartner()))
        {
            return AgreementChange.Refused(nameof(AgreementDraft.Kind), PartnersOnly);
        }

        var check = AgreementCheck.Of(draft, loaded.Context.ActiveRoles.Values.SelectMany(roles => roles), loaded.Context.Today);
        if (!check.IsValid)
        {
            return AgreementChange.Invalid(check.Problems);
        }

        Agreement agreement;
        Domain.Records.ClinicalItem words;
        try
        {
            (agreement, words) = Agreement.Request(loaded.Context, draft, now);
            store.Add(agreement, words);
        }
        catch (DomainRuleViolation violation)
        {
            return AgreementChange.Refused(violation.Field ?? nameof(AgreementDraft.Title), violation.Message);
        }

        if (!await changes.SaveAsync(db, AuditAction.AgreementProposed, caseId, cancellationToken, ItemReadAudit.Subjects(ItemSubject.Couple), agreement.Id.Value))
        {
            return AgreementChange.Refused(nameof(AgreementDraft.Title), AuditedChanges.ConflictMessage);
        }

        if (await door.ViewAsync(caseId, cancellationToken) is { } context)
        {
            await notices.SendAsync(context, agreement, words, cancellationToken);
        }

        return AgreementChange.Saved(agreement);
    }
}
