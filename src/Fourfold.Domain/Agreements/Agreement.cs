using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Agreements;

/// <summary>
/// How an agreement between the partners came about and stands now. Its words live in the story as an item (the same
/// id) whose versions are its proposals; this record keeps who proposed and who answered each, and the terms. One
/// partner proposes, the other answers (agree, talk it through first, or counter with a proposal of their own, which
/// the first then answers); nobody answers their own proposal. Once agreed it is co-signed by both, and it changes
/// only by a new version the other partner agrees; until then the agreed one stays in force.
/// </summary>
public sealed class Agreement : Records.IItemWorkflow
{
    /// <summary>The field a refused answer is reported on.</summary>
    public const string AnswerField = "Answer";

    public const string StaleAnswerMessage = "Your partner changed this proposal while you were answering. Read the newer version, then answer it.";

    private readonly List<AgreementTurn> turns = [];

    private Agreement()
    {
    }

    private Agreement(ItemId id, CaseId caseId, AgreementKind kind)
    {
        Id = id;
        CaseId = caseId;
        Kind = kind;
    }

    /// <summary>The id of the item that carries the agreement's words.</summary>
    public ItemId Id { get; private set; }

    public CaseId CaseId { get; private set; }

    public AgreementKind Kind { get; private set; }

    public AgreementStatus Status { get; private set; }

    /// <summary>The version of the words now proposed, or agreed when nothing newer is proposed.</summary>
    public int Version { get; private set; }

    public PersonId ProposedBy { get; private set; }

    /// <summary>Moves with every proposal and answer, so that two answers at the same moment cannot both be saved.</summary>
    public int Revision { get; private set; }

    public Instant ProposedAt { get; private set; }

    /// <summary>The version both partners agreed, in force until a newer one is agreed; null until the first is.</summary>
    public int? AgreedVersion { get; private set; }

    public IReadOnlyList<AgreementTurn> Turns => turns;

    /// <summary>The proposal now on the table (or agreed): its terms.</summary>
    public AgreementTerms Terms => ProposalOf(Version).Terms;

    /// <summary>The two signatures of the version in force: who proposed it and when, who agreed and when.</summary>
    public (AgreementTurn Proposed, AgreementTurn Agreed)? Signatures => AgreedVersion is { } agreed
        ? (ProposalOf(agreed), turns.Single(t => t.Move == AgreementMove.Agreed && t.Version == agreed))
        : null;

    /// <summary>The terms in force: those of the agreed version.</summary>
    public AgreementTerms? TermsInForce => AgreedVersion is { } agreed ? ProposalOf(agreed).Terms : null;

    /// <summary>True while a proposal waits for the other partner.</summary>
    public bool IsOpen => Status is AgreementStatus.Requested or AgreementStatus.Discussing or AgreementStatus.CounterProposed;

    /// <summary>True while the proposal on the table is to set the agreement in force aside.</summary>
    public bool RetirementProposed => IsOpen && turns.Last(t => t.Move is not (AgreementMove.Agreed or AgreementMove.Discuss)).Move == AgreementMove.RetirementProposed;

    /// <summary>
    /// Whether the proposal on the table may be taken back: a first proposal, or a proposal to set the agreement aside.
    /// A change to an agreement in force has already replaced its words, so it is answered rather than taken back.
    /// </summary>
    public bool IsWithdrawable => IsOpen && (AgreedVersion is null || RetirementProposed);

    /// <summary>The day the agreement in force is to be looked at again; reached, it is due for review.</summary>
    public LocalDate? ReviewOn { get; private set; }

    /// <summary>The agreed version whose review reminder was sent, so that each is sent once.</summary>
    public int? ReviewRemindedVersion { get; private set; }

    public bool IsDueForReview(LocalDate today) => Status != AgreementStatus.Retired && ReviewOn is { } review && review <= today;

    /// <summary>Whether the reminder that the agreement in force is due for review is still to be sent.</summary>
    public bool IsDueForReviewReminder(LocalDate today) => IsDueForReview(today) && ReviewRemindedVersion != AgreedVersion;

    /// <summary>A partner proposes a new agreement; the item carrying its words is returned to be saved with it.</summary>
    public static (Agreement Agreement, ClinicalItem Words) Request(AuthoringContext context, AgreementDraft draft, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        RequirePartner(context.AuthorRoles);
        var check = Checked(context, draft);
        var words = ClinicalItem.WriteAgreement(context, draft.Kind, check, now);
        var agreement = new Agreement(words.Id, context.CaseId, draft.Kind);
        agreement.Propose(AgreementMove.Requested, AgreementStatus.Requested, words.Version, context.Author, check.Terms, now);
        return (agreement, words);
    }

    /// <summary>
    /// The other partner answers the proposal they read at <paramref name="startedFrom"/>; a counter-proposal carries its
    /// own draft and becomes the next version.
    /// </summary>
    public void Answer(AuthoringContext context, ClinicalItem words, int startedFrom, AgreementAnswer answer, AgreementDraft? counter, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(words);
        RequireWords(words);
        RequirePartner(context.AuthorRoles);
        RequireNotEnded();
        if (!IsOpen)
        {
            throw new DomainRuleViolation("This agreement is already agreed. To change it, propose a new version.", AnswerField);
        }

        RequireCurrent(startedFrom);
        if (context.Author == ProposedBy)
        {
            throw new DomainRuleViolation("You made this proposal; your partner answers it.", AnswerField);
        }

        switch (answer)
        {
            case AgreementAnswer.Agree when RetirementProposed:
                Revision++;
                Status = AgreementStatus.Retired;
                turns.Add(new AgreementTurn(turns.Count + 1, AgreementMove.Retired, Version, context.Author, now, Terms));
                break;
            case AgreementAnswer.Agree:
                Revision++;
                AgreedVersion = Version;
                ReviewOn = Terms.ReviewOn;
                Status = AgreementStatus.Agreed;
                turns.Add(new AgreementTurn(turns.Count + 1, AgreementMove.Agreed, Version, context.Author, now, Terms));
                break;
            case AgreementAnswer.Discuss:
                Revision++;
                Status = AgreementStatus.Discussing;
                turns.Add(new AgreementTurn(turns.Count + 1, AgreementMove.Discuss, Version, context.Author, now, Terms));
                break;
            case AgreementAnswer.Counter:
                var check = Checked(context, counter ?? throw new DomainRuleViolation("Write your proposal.", nameof(AgreementDraft.Title)));
                RequireNoWiderAudience(context, words, check);
                words.ProposeAgreementVersion(context.Author, check, now);
                Propose(AgreementMove.Countered, AgreementStatus.CounterProposed, words.Version, context.Author, check.Terms, now);
                break;
            default:
                throw new DomainRuleViolation("Answer with agree, talk it through first, or a proposal of your own.", AnswerField);
        }
    }

    /// <summary>Either partner proposes a change to an agreement in force; the agreed version stays in force until the other agrees.</summary>
    public void ProposeChange(AuthoringContext context, ClinicalItem words, int startedFrom, AgreementDraft draft, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(draft);
        RequireWords(words);
        RequirePartner(context.AuthorRoles);
        RequireNotEnded();
        if (Status != AgreementStatus.Agreed)
        {
            throw new DomainRuleViolation("A proposal is already waiting for an answer; answer it, or wait for your partner's answer.", AnswerField);
        }

        RequireCurrent(startedFrom);
        var check = Checked(context, draft with { Kind = Kind });
        RequireNoWiderAudience(context, words, check);
        words.ProposeAgreementVersion(context.Author, check, now);
        Propose(AgreementMove.ChangeProposed, AgreementStatus.Requested, words.Version, context.Author, check.Terms, now);
    }

    /// <summary>
    /// Either partner proposes to set aside the agreement in force; it stays in force until the other agrees, and the
    /// other may instead talk it through first or answer with a changed version.
    /// </summary>
    public void ProposeRetirement(AuthoringContext context, int startedFrom, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        RequirePartner(context.AuthorRoles);
        RequireNotEnded();
        if (Status != AgreementStatus.Agreed)
        {
            throw new DomainRuleViolation("A proposal is already waiting for an answer; answer it, or wait for your partner's answer.", AnswerField);
        }

        RequireCurrent(startedFrom);
        Revision++;
        ProposedBy = context.Author;
        ProposedAt = now;
        Status = AgreementStatus.Requested;
        turns.Add(new AgreementTurn(turns.Count + 1, AgreementMove.RetirementProposed, Version, context.Author, now, Terms));
    }

    /// <summary>
    /// The partner whose proposal is on the table takes it back. Before anything was agreed, that ends the whole
    /// exchange (a counter-proposal taken back ends it too: its author would rather not agree either version); a
    /// proposal to set an agreement aside, taken back, leaves it in force as it was.
    /// </summary>
    public void Withdraw(AuthoringContext context, int startedFrom, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        RequirePartner(context.AuthorRoles);
        RequireNotEnded();
        if (!IsOpen)
        {
            throw new DomainRuleViolation("Nothing is waiting for an answer here.", AnswerField);
        }

        RequireCurrent(startedFrom);
        if (context.Author != ProposedBy)
        {
            throw new DomainRuleViolation("Only the partner who made a proposal can take it back; you can answer it.", AnswerField);
        }

        if (!IsWithdrawable)
        {
            throw new DomainRuleViolation("A change to an agreement in force is answered, not taken back: your partner can agree, talk it through, or suggest the agreed version again.", AnswerField);
        }

        var retirement = RetirementProposed;
        Revision++;
        turns.Add(new AgreementTurn(turns.Count + 1, AgreementMove.Withdrawn, Version, context.Author, now, Terms));
        if (retirement)
        {
            Status = AgreementStatus.Agreed;
            ProposedBy = ProposalOf(Version).By;
            ProposedAt = ProposalOf(Version).At;
        }
        else
        {
            Status = AgreementStatus.Withdrawn;
        }
    }

    /// <summary>Marks the review reminder of the version in force as sent.</summary>
    public void ReviewReminded() => ReviewRemindedVersion = AgreedVersion;

    /// <summary>
    /// Who sees an agreement was chosen by the partner who first proposed it, whose consent the access decision takes
    /// that choice for; the other partner may keep or narrow it, never widen it on their behalf.
    /// </summary>
    private static void RequireNoWiderAudience(AuthoringContext context, ClinicalItem words, AgreementCheck check)
    {
        if (context.Author != words.Author && check.Audience.Except(words.AudienceRoles).Any())
        {
            throw new DomainRuleViolation("You can keep or narrow who else sees it. Who sees it was chosen when it was first proposed; your partner can add people in a change of their own.", nameof(AgreementDraft.Audience));
        }
    }

    private void Propose(AgreementMove move, AgreementStatus status, int version, PersonId by, AgreementTerms terms, Instant now)
    {
        Revision++;
        Version = version;
        ProposedBy = by;
        ProposedAt = now;
        Status = status;
        turns.Add(new AgreementTurn(turns.Count + 1, move, version, by, now, terms));
    }

    private AgreementTurn ProposalOf(int version) =>
        turns.Single(t => t.Version == version && t.Move is AgreementMove.Requested or AgreementMove.Countered or AgreementMove.ChangeProposed);

    private void RequireCurrent(int startedFrom)
    {
        if (startedFrom != Version)
        {
            throw new DomainRuleViolation(StaleAnswerMessage, nameof(Version));
        }
    }

    private void RequireNotEnded()
    {
        if (Status is AgreementStatus.Retired or AgreementStatus.Withdrawn)
        {
            throw new DomainRuleViolation(Status == AgreementStatus.Retired
                ? "This agreement was set aside by you both. To agree something like it again, propose it anew."
                : "This proposal was taken back. To ask for it again, propose it anew.", AnswerField);
        }
    }

    private void RequireWords(ClinicalItem words)
    {
        if (words.Id != Id || words.Version != Version)
        {
            throw new InvalidOperationException("An agreement moves with the item that carries its words, at the same version.");
        }
    }

    private static void RequirePartner(IReadOnlySet<CaseRole> roles)
    {
        if (!roles.Any(r => r.IsPartner()))
        {
            throw new DomainRuleViolation("Agreements are made between the partners; the team reads them where the couple allows.", AnswerField);
        }
    }

    private static AgreementCheck Checked(AuthoringContext context, AgreementDraft draft)
    {
        var check = AgreementCheck.Of(draft, context.ActiveRoles.Values.SelectMany(r => r), context.Today);
        if (!check.IsValid)
        {
            var (field, message) = check.Problems.First();
            throw new DomainRuleViolation(message, field);
        }

        return check;
    }
}
