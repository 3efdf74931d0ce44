using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>
/// A partner signs an authorization: the terms are rebuilt from their choices, the text they were shown must be the
/// text those terms render (its hash travels with the form), and the signature, the text and its SHA-256 are kept.
/// The authorization and its audit event are committed together.
/// </summary>
public sealed class SignAuthorization(FourfoldDbContext db, SharingQuery sharing, AuditTrail audit, IClock clock, IHttpContextAccessor http)
{
    /// <summary>
    /// Signs the draft. With <c>replaces</c>, an active authorization of the same partner is revoked in the same
    /// transaction, so that a partner can take back part of what they share.
    /// </summary>
    public async Task<(Outcome Outcome, Authorization? Signed)> ExecuteAsync(CaseId caseId, AuthorizationDraft draft, string shownTextHash, string typedName, CancellationToken cancellationToken, AuthorizationId? replaces = null)
    {
        var context = await sharing.OpenAsync(caseId, withItems: false, cancellationToken);
        if (context?.ReaderPartner is not { } partner)
        {
            return (Outcome.NotFound, null);
        }

        var now = clock.GetCurrentInstant();
        var replacedId = replaces is { } wanted ? context.Authorizations.FirstOrDefault(a => a.Id == wanted && a.GrantedBy == context.Reader)?.Id : null;
        if (replaces is not null && replacedId is null)
        {
            return (Outcome.NotFound, null);
        }

        var replaced = replacedId is { } found ? await sharing.TrackedAsync(found, cancellationToken) : null;

        Authorization signed;
        try
        {
            var terms = AuthorizationDrafts.Terms(draft, context.ReaderZone, now);
            var text = AuthorizationDrafts.Text(context, partner, terms);
            if (!string.Equals(AuthorizationText.Hash(text), shownTextHash, StringComparison.Ordinal))
            {
                return (Outcome.Refused("The text changed since you read it. Please read it again before signing."), null);
            }

            signed = Authorization.Sign(caseId, context.Reader, partner, context.ReaderName, terms, typedName, text, now);
            replaced?.Revoke(context.Reader, now);
        }
        catch (DomainRuleViolation violation)
        {
            return (Outcome.Refused(violation.Message, violation.Field), null);
        }

        try
        {
            await audit.RunChangeAsync(db, async token =>
            {
                db.Authorizations.Add(signed);
                await db.SaveChangesAsync(token);
                return replaced is null
                    ? [Entry(AuditAction.AuthorizationSigned, signed, now)]
                    : [Entry(AuditAction.AuthorizationRevoked, replaced, now), Entry(AuditAction.AuthorizationSigned, signed, now)];
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return (Outcome.Refused(AuditedChanges.ConflictMessage), null);
        }

        return (Outcome.Done, signed);
    }

    private AuditEntry Entry(AuditAction action, Authorization authorization, Instant now) =>
        new(now, authorization.GrantedBy, action, AuditOutcome.Succeeded, authorization.CaseId,
            Subjects: authorization.Partner.ToString(), Authorizations: authorization.Id.ToString(),
            ClientAddress: http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "");
}
