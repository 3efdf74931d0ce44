using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Time;
using NodaTime;

namespace Fourfold.Web.Features.Agreements;

/// <summary>How an agreement and its terms are put into words for the person reading them: plain, and never blaming.</summary>
public static class AgreementWording
{
    public static string Heading(AgreementKind kind) => kind switch
    {
        AgreementKind.Boundary => "Boundaries",
        AgreementKind.RelapseDefinition => "What counts as a relapse",
        AgreementKind.DisclosureCommitment => "Disclosure commitments",
    };

    public static string Intro(AgreementKind kind) => kind switch
    {
        AgreementKind.Boundary => "What each of you needs to feel safe, asked for and agreed.",
        AgreementKind.RelapseDefinition => "Tiers, from the mildest, of what counts as a slip or a relapse, and what happens next at each.",
        AgreementKind.DisclosureCommitment => "For each kind of event: who is told, and how soon.",
    };

    public static string Proposing(AgreementKind kind) => kind switch
    {
        AgreementKind.Boundary => "Ask for a boundary",
        AgreementKind.RelapseDefinition => "Propose a relapse tier",
        AgreementKind.DisclosureCommitment => "Propose a disclosure commitment",
    };

    public static string TitleLabel(AgreementKind kind) => kind switch
    {
        AgreementKind.Boundary => "The boundary, in a line",
        AgreementKind.RelapseDefinition => "What counts at this tier",
        AgreementKind.DisclosureCommitment => "The behaviour or kind of event",
    };

    public static string BodyLabel(AgreementKind kind) => kind switch
    {
        AgreementKind.Boundary => "Why it matters to you",
        AgreementKind.RelapseDefinition => "What happens next: who is told, and what support is called on",
        AgreementKind.DisclosureCommitment => "Anything more (optional: left empty, Fourfold writes the commitment from who is told and how soon)",
    };

    public static string BodyHeading(AgreementKind kind) => kind switch
    {
        AgreementKind.Boundary => "Why it matters",
        AgreementKind.RelapseDefinition => "What happens next",
        AgreementKind.DisclosureCommitment => "The commitment",
    };

    /// <summary>Where the agreement stands, from the reader's side: "Waiting for your answer", "Agreed".</summary>
    public static string Status(Agreement agreement, CaseReadContext context)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(context);
        var proposer = Who(agreement.ProposedBy, context);
        var answerer = OtherPartner(agreement.ProposedBy, context) is { } other ? Who(other, context) : "the other partner";
        var mine = agreement.ProposedBy == context.Reader.Person;
        var change = agreement.AgreedVersion is not null;
        return agreement.Status switch
        {
            AgreementStatus.Requested or AgreementStatus.Discussing when agreement.RetirementProposed => SettingAside(agreement, context, mine, proposer, answerer),
            AgreementStatus.Requested when mine => change ? $"You proposed a change; waiting for {answerer}'s answer" : $"Waiting for {answerer}'s answer",
            AgreementStatus.Requested when IsPartner(context) => change ? $"{proposer} proposed a change; waiting for your answer" : "Waiting for your answer",
            AgreementStatus.Requested => $"Proposed by {proposer}; waiting for {answerer}'s answer",
            AgreementStatus.Discussing when mine => $"{Capital(answerer)} would like to talk it through at your next joint session",
            AgreementStatus.Discussing when IsPartner(context) => "You would like to talk it through at your next joint session",
            AgreementStatus.Discussing => "To talk through at the couple's next joint session",
            AgreementStatus.CounterProposed when mine => $"You proposed your own version; waiting for {answerer}'s answer",
            AgreementStatus.CounterProposed when IsPartner(context) => $"{Capital(proposer)} proposed a different version; waiting for your answer",
            AgreementStatus.CounterProposed => $"{Capital(proposer)} proposed a different version; waiting for {answerer}'s answer",
            AgreementStatus.Agreed => "Agreed",
            AgreementStatus.Retired => IsPartner(context) ? "Set aside by you both" : "Set aside by both partners",
            AgreementStatus.Withdrawn => mine ? "You took this proposal back" : $"{Capital(proposer)} took this proposal back",
        };
    }

    /// <summary>Where a proposal to set an agreement aside stands; the agreement is in force meanwhile.</summary>
    private static string SettingAside(Agreement agreement, CaseReadContext context, bool mine, string proposer, string answerer) =>
        agreement.Status == AgreementStatus.Discussing
            ? mine ? $"You proposed setting it aside; {answerer} would like to talk it through first"
                : IsPartner(context) ? $"{Capital(proposer)} proposed setting it aside; you would like to talk it through first"
                : $"{Capital(proposer)} proposed setting it aside; to talk through at the next joint session"
            : mine ? $"You proposed setting it aside; waiting for {answerer}'s answer"
            : IsPartner(context) ? $"{Capital(proposer)} proposed setting it aside; waiting for your answer"
            : $"{Capital(proposer)} proposed setting it aside; waiting for {answerer}'s answer";

    public static string StatusBadge(AgreementStatus status) => status switch
    {
        AgreementStatus.Agreed => "badge--ok",
        AgreementStatus.Retired or AgreementStatus.Withdrawn => "badge--kind",
        AgreementStatus.Requested or AgreementStatus.Discussing or AgreementStatus.CounterProposed => "badge--warn",
    };

    public static string Terms(Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var terms = agreement.Terms;
        return agreement.Kind switch
        {
            AgreementKind.RelapseDefinition => $"Tier {terms.Tier}",
            AgreementKind.DisclosureCommitment => $"Told: {string.Join(", ", terms.TellWhom.Select(Recipient))}, {AgreementWords.Within(terms.WithinHours ?? 0)}",
            AgreementKind.Boundary => "",
        };
    }

    public static string Recipient(CommitmentRecipient recipient) => recipient switch
    {
        CommitmentRecipient.Partner => "the partner",
        CommitmentRecipient.OwnSupport => "their own therapist or coach",
        CommitmentRecipient.CouplesTherapist => "the couples therapist",
        CommitmentRecipient.SupportPerson => "a support person (sponsor, group or friend)",
    };

    /// <summary>"Proposed by Dana Holt on 3 Nov 2026, agreed by Chris Holt on 5 Nov 2026".</summary>
    public static string? Signatures(Agreement agreement, CaseReadContext context, string zone)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(context);
        return agreement.Signatures is { } signed
            ? $"Proposed by {context.NameOf(signed.Proposed.By)} on {LocalTimes.DateIn(signed.Proposed.At, zone)}, agreed by {context.NameOf(signed.Agreed.By)} on {LocalTimes.DateIn(signed.Agreed.At, zone)}"
            : null;
    }

    public static string? Review(Agreement agreement, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return agreement.IsDueForReview(today) ? $"Due for review since {LocalTimes.FormatDate(agreement.ReviewOn!.Value)}: a good moment to look at it together"
            : agreement.ReviewOn is { } review ? $"To review on {LocalTimes.FormatDate(review)}"
            : agreement.Terms.ReviewOn is { } proposed ? $"Review proposed for {LocalTimes.FormatDate(proposed)}"
            : null;
    }

    public static bool IsPartner(CaseReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ReaderRoles.Any(role => role.IsPartner());
    }

    /// <summary>The reader's partner by name, for a partner reading.</summary>
    public static string OtherPartnerName(CaseReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return OtherPartner(context.Reader.Person, context) is { } other ? context.NameOf(other) : "your partner";
    }

    /// <summary>Whether the reader may take back the proposal on the table (their own).</summary>
    public static bool TakesBack(Agreement agreement, CaseReadContext context)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(context);
        return agreement.IsWithdrawable && agreement.ProposedBy == context.Reader.Person && IsPartner(context);
    }

    /// <summary>Whether the agreement is still part of the couple's life: in force, or on its way there.</summary>
    public static bool IsCurrent(Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return agreement.Status is not (AgreementStatus.Retired or AgreementStatus.Withdrawn);
    }

    /// <summary>Whether the reader is the partner who answers the proposal on the table.</summary>
    public static bool Answers(Agreement agreement, CaseReadContext context)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return agreement.IsOpen && IsPartner(context) && agreement.ProposedBy != context.Reader.Person;
    }

    private static PersonId? OtherPartner(PersonId partner, CaseReadContext context) =>
        context.State.ActiveRoles.Where(pair => pair.Key != partner && pair.Value.Any(role => role.IsPartner())).Select(pair => (PersonId?)pair.Key).FirstOrDefault();

    private static string Who(PersonId person, CaseReadContext context) => person == context.Reader.Person ? "you" : context.NameOf(person);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
