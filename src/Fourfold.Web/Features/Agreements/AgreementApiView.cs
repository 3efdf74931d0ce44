using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Web.Features.Records;
using NodaTime;

namespace Fourfold.Web.Features.Agreements;

/// <summary>A case's agreements by kind, relapse tiers mildest first.</summary>
public sealed record AgreementsApiView(IReadOnlyList<AgreementApiView> Boundaries, IReadOnlyList<AgreementApiView> RelapseDefinitions, IReadOnlyList<AgreementApiView> DisclosureCommitments)
{
    public static AgreementsApiView Of(CaseAgreements found, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(found);
        List<AgreementApiView> OfKind(AgreementKind kind) => [.. found.Agreements.Where(a => a.Agreement.Kind == kind).Select(a => AgreementApiView.Of(a, found.Context, today))];
        return new(OfKind(AgreementKind.Boundary), OfKind(AgreementKind.RelapseDefinition), OfKind(AgreementKind.DisclosureCommitment));
    }
}

/// <summary>
/// One agreement: the words on the table (<see cref="Text"/> and <see cref="Details"/>) at <see cref="Version"/>, how it
/// stands (with <see cref="RetirementProposed"/> while one partner asks to set it aside), the two signatures of the
/// version in force and its words while a change waits, its terms, and the rule that let the caller read it.
/// </summary>
public sealed record AgreementApiView(
    Guid Id,
    AgreementKind Kind,
    AgreementStatus Status,
    int Version,
    string Text,
    string Details,
    Guid RequestedBy,
    Guid ProposedBy,
    DateTimeOffset ProposedAt,
    int? AgreedVersion,
    DateOnly? AgreedOn,
    IReadOnlyList<AgreementSignatureView> Signatures,
    AgreementInForceView? InForce,
    DateOnly? ReviewOn,
    bool DueForReview,
    int? Tier,
    IReadOnlyList<CommitmentRecipient> TellWhom,
    int? WithinHours,
    IReadOnlyList<CaseRole> Audience,
    string Rule,
    bool RetirementProposed)
{
    public static AgreementApiView Of(AgreementView view, CaseReadContext context, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(context);
        var agreement = view.Agreement;
        var signatures = agreement.Signatures is { } signed
            ? new List<AgreementSignatureView>
            {
                new(signed.Proposed.By.Value, context.NameOf(signed.Proposed.By), signed.Proposed.At.ToDateTimeOffset()),
                new(signed.Agreed.By.Value, context.NameOf(signed.Agreed.By), signed.Agreed.At.ToDateTimeOffset()),
            }
            : [];
        var terms = agreement.Terms;
        return new AgreementApiView(agreement.Id.Value, agreement.Kind, agreement.Status, agreement.Version, view.Words.Title, view.Words.Body, view.Words.Holder.Value,
            agreement.ProposedBy.Value, agreement.ProposedAt.ToDateTimeOffset(), agreement.AgreedVersion,
            agreement.Signatures is { } s ? DateOnly.FromDateTime(s.Agreed.At.ToDateTimeUtc()) : null, signatures,
            view.InForce is { } inForce ? new AgreementInForceView(inForce.Version, inForce.Title, inForce.Body, agreement.TermsInForce?.ReviewOn?.ToDateOnly()) : null,
            terms.ReviewOn?.ToDateOnly(), agreement.IsDueForReview(today), terms.Tier, terms.TellWhom, terms.WithinHours, view.Words.AudienceRoles,
            view.Verdict.Rule.ToString(), agreement.RetirementProposed);
    }
}

/// <summary>One of the two signatures of an agreed version: who proposed it and who agreed, each with the moment.</summary>
public sealed record AgreementSignatureView(Guid Person, string Name, DateTimeOffset At);

/// <summary>The agreed words, in force while a proposed change waits for an answer.</summary>
public sealed record AgreementInForceView(int Version, string Text, string Details, DateOnly? ReviewOn);
