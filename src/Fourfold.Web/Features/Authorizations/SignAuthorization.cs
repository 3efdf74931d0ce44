using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>
/// A partner signs an authorization: the terms are rebuilt from their choices, the text they were shown must be the
/// text those terms render (its hash travels with the form), and the signature, the text and its SHA-256 are kept.
/// The authorization and its audit event are committed together.
/// </summary>
public sealed class SignAuthorization(FourfoldDbContext db, AuditTrail audit, IClock clock, IHttpContextAccessor http)
{
    /// <summary>
    /// Signs the draft. With <c>replaces</c>, an active authorization of the same partner is revoked in the same
    /// transaction, so that a partner can take back part of what they share.
    /// </summary>
    public async Task<(Outcome Outcome, Authorization? Signed)> ExecuteAsync(CaseId caseId, AuthorizationDraft draft, string shownTextHash, string typedName, CancellationToken cancellationToken, AuthorizationId? replaces = null)
    {
        var context = await AuthorizationContext.LoadAsync(db, caseId, cancellationToken);
        if (context?.ReaderPartner is not { } partner)
        {
            return (Outcome.NotFound, null);
        }

        var now = clock.GetCurrentInstant();
        var replaced = replaces is { } replacedId ? context.Authorizations.FirstOrDefault(a => a.Id == replacedId && a.GrantedBy == context.Reader) : null;
        if (replaces is not null && replaced is null)
        {
            return (Outcome.NotFound, null);
        }

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

        await audit.RunChangeAsync(db, async token =>
        {
            db.Authorizations.Add(signed);
            await db.SaveChangesAsync(token);
            return replaced is null
                ? [Entry(AuditAction.AuthorizationSigned, signed, now)]
                : [Entry(AuditAction.AuthorizationRevoked, replaced, now), Entry(AuditAction.AuthorizationSigned, signed, now)];
        }, cancellationToken);
        return (Outcome.Done, signed);
    }

    private AuditEntry Entry(AuditAction action, Authorization authorization, Instant now) =>
        new(now, authorization.GrantedBy, action, AuditOutcome.Succeeded, authorization.CaseId,
            Subjects: authorization.Partner.ToString(), Authorizations: authorization.Id.ToString(),
            ClientAddress: http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "");
}
