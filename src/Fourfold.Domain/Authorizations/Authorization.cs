using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Authorizations;

/// <summary>
/// A release of information signed by one partner. Lifecycle: signed (active from <see cref="SignedAt"/>, inclusive)
/// → expired at the terms' end (exclusive), or revoked at <see cref="RevokedAt"/> (exclusive), whichever
/// comes first. Revocation takes effect at once; nothing reopens an authorization.
/// </summary>
public sealed class Authorization : ICaseScoped
{
    public const int MaxSignatureLength = 100;

    private Authorization()
    {
        Terms = null!;
        SignatureName = "";
        SignedText = "";
        SignedTextHash = "";
    }

    private Authorization(AuthorizationId id, CaseId caseId, PersonId grantedBy, PartnerRole partner, AuthorizationTerms terms, string signatureName, string signedText, Instant signedAt)
    {
        Id = id;
        CaseId = caseId;
        GrantedBy = grantedBy;
        Partner = partner;
        Terms = terms;
        SignatureName = signatureName;
        SignedText = signedText;
        SignedTextHash = AuthorizationText.Hash(signedText);
        SignedAt = signedAt;
    }

    public AuthorizationId Id { get; private set; }

    public CaseId CaseId { get; private set; }

    /// <summary>The partner who signed: whose information this releases.</summary>
    public PersonId GrantedBy { get; private set; }

    public PartnerRole Partner { get; private set; }

    public AuthorizationTerms Terms { get; private set; }

    /// <summary>The full name the partner typed as their signature.</summary>
    public string SignatureName { get; private set; }

    /// <summary>The exact text shown and signed.</summary>
    public string SignedText { get; private set; }

    /// <summary>SHA-256 of <see cref="SignedText"/>, hex.</summary>
    public string SignedTextHash { get; private set; }

    public Instant SignedAt { get; private set; }

    public Instant? RevokedAt { get; private set; }

    /// <summary>When the partner was reminded that this authorization is about to end; at most once.</summary>
    public Instant? ExpiryReminderSentAt { get; private set; }

    /// <summary>How long before its end a partner is reminded of an authorization.</summary>
    public static readonly Duration ReminderLead = Duration.FromDays(14);

    public bool IsDueForExpiryReminder(Instant now) =>
        IsActiveAt(now) && ExpiryReminderSentAt is null && Terms.ExpiresAt - now <= ReminderLead;

    /// <summary>
    /// Signs terms for a partner of the case. The typed name must be the partner's full name as the team knows it, and
    /// the terms must not have expired already.
    /// </summary>
    public static Authorization Sign(CaseId caseId, PersonId partnerPerson, PartnerRole partner, string partnerName, AuthorizationTerms terms, string typedName, string shownText, Instant now)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var signature = (typedName ?? "").Trim();
        if (signature.Length is 0 or > MaxSignatureLength || !string.Equals(signature, (partnerName ?? "").Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainRuleViolation($"Type your full name, {partnerName}, to sign.");
        }

        if (terms.ExpiresAt <= now)
        {
            throw new DomainRuleViolation("Choose an end date in the future.");
        }

        if (string.IsNullOrWhiteSpace(shownText))
        {
            throw new DomainRuleViolation("The text to sign is missing.");
        }

        return new Authorization(AuthorizationId.New(), caseId, partnerPerson, partner, terms, signature, shownText, now);
    }

    public bool IsActiveAt(Instant instant) =>
        SignedAt <= instant && instant < Terms.ExpiresAt && (RevokedAt is not { } revoked || instant < revoked);

    public bool IsRevokedAt(Instant instant) => RevokedAt is { } revoked && revoked <= instant;

    /// <summary>
    /// Who may see an authorization on the case's sharing page: a partner sees their own and no one else's (what the
    /// other partner shares is theirs to tell); a professional sees those that name them or one of their roles.
    /// </summary>
    public bool IsShownTo(PersonId reader, IReadOnlySet<CaseRole> readerRoles)
    {
        ArgumentNullException.ThrowIfNull(readerRoles);
        return GrantedBy == reader
            || (!readerRoles.Any(role => role.IsPartner())
                && (Terms.RecipientPeople.Contains(reader) || Terms.RecipientRoles.Any(readerRoles.Contains)));
    }

    /// <summary>Whether the terms reach this category for this reader, whatever the time.</summary>
    public bool Covers(Category category, PersonId reader, IReadOnlySet<CaseRole> readerRoles)
    {
        ArgumentNullException.ThrowIfNull(readerRoles);
        return Terms.Categories.Contains(category)
            && (Terms.RecipientPeople.Contains(reader) || Terms.RecipientRoles.Any(readerRoles.Contains));
    }

    public void Revoke(PersonId by, Instant now)
    {
        if (by != GrantedBy)
        {
            throw new DomainRuleViolation("Only the partner who signed an authorization can revoke it.");
        }

        if (RevokedAt is not null)
        {
            throw new DomainRuleViolation("This authorization is already revoked.");
        }

        RevokedAt = now;
    }
}
