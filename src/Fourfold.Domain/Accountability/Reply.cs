using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Accountability;

/// <summary>
/// A partner's reply to a record the other partner wrote and they may read: how a disclosure landed (the betrayed
/// partner's, for herself or whom she picks), or an answer to a check-in, a note of how it landed, or an answer. Its
/// words are an item of the same id about its author. An answer is always for the partner it answers; the involved
/// partner is offered validation starters to begin with, which he may take or leave, and nothing is sent unless he sends it.
/// </summary>
public sealed class Reply : Records.IItemWorkflow
{
    private Reply()
    {
    }

    private Reply(ItemId id, CaseId caseId, ItemId repliesTo, ReplyKind kind, PersonId author, Instant writtenAt)
    {
        Id = id;
        CaseId = caseId;
        RepliesTo = repliesTo;
        Kind = kind;
        Author = author;
        WrittenAt = writtenAt;
    }

    public ItemId Id { get; private set; }

    public CaseId CaseId { get; private set; }

    /// <summary>The item it replies to, by id: its words are read under their own rules.</summary>
    public ItemId RepliesTo { get; private set; }

    public ReplyKind Kind { get; private set; }

    public PersonId Author { get; private set; }

    public Instant WrittenAt { get; private set; }

    /// <summary>Ways to begin an answer that tell the other partner they were heard; each is finished in the partner's own words.</summary>
    public static IReadOnlyList<string> ValidationStarters { get; } =
    [
        "It makes sense that you feel",
        "I can see how much it hurt when",
        "Thank you for telling me",
        "What I hear you needing is",
        "I am sorry that",
    ];

    /// <summary>What a partner may reply to an item of <paramref name="kind"/> written by someone else; null when they may not reply to it.</summary>
    public static ReplyKind? KindFor(PartnerRole replier, ItemKind kind) => kind switch
    {
        ItemKind.DisclosureLogEntry when replier == PartnerRole.BetrayedPartner => ReplyKind.HowItLanded,
        ItemKind.CheckIn or ItemKind.Reply => ReplyKind.Answer,
        _ => null,
    };

    /// <summary>Checks a reply to an item the author may read, of <paramref name="kind"/> by <paramref name="repliedAuthor"/>; empty when it may be saved.</summary>
    public static Dictionary<string, string> Check(AuthoringContext context, ReplyDraft draft, ItemKind kind, PersonId repliedAuthor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new Dictionary<string, string>();
        var partner = context.AuthorPartner;
        var text = (draft.Text ?? "").Trim();
        if (partner is not { } replier || repliedAuthor == context.Author || KindFor(replier, kind) is null)
        {
            problems[nameof(ReplyDraft.Text)] = "A partner replies to a disclosure, a check-in or a reply from the other partner.";
            return problems;
        }

        if (text.Length == 0)
        {
            problems[nameof(ReplyDraft.Text)] = "Write your reply, in your own words.";
        }
        else if (text.Length > ItemContent.MaxBodyLength)
        {
            problems[nameof(ReplyDraft.Text)] = $"Keep this to {ItemContent.MaxBodyLength:N0} characters.";
        }

        if (draft.Starter is { } starter && (replier != PartnerRole.InvolvedPartner || KindFor(replier, kind) != ReplyKind.Answer || !ValidationStarters.Contains(starter)))
        {
            problems[nameof(ReplyDraft.Starter)] = "Choose one of the ways to begin, or none.";
        }

        var roles = Authorship.AudienceChoices(context);
        var people = Authorship.AudiencePeopleChoices(context);
        if ((draft.Audience ?? []).Any(r => !roles.Contains(r)) || (draft.AudiencePeople ?? []).Any(p => !people.Contains(p)))
        {
            problems[nameof(ReplyDraft.Audience)] = "Choose who reads it among the people on your team.";
        }

        return problems;
    }

    /// <summary>Writes a checked reply; the item carrying its words is returned to be saved with it.</summary>
    public static (Reply Reply, ClinicalItem Words) Write(AuthoringContext context, ReplyDraft draft, ItemId repliesTo, ItemKind kind, PersonId repliedAuthor, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        if (Check(context, draft, kind, repliedAuthor) is { Count: > 0 } problems)
        {
            var (field, message) = problems.First();
            throw new DomainRuleViolation(message, field);
        }

        var partner = context.AuthorPartner!.Value;
        var replyKind = KindFor(partner, kind)!.Value;
        var text = (draft.Text ?? "").Trim();
        var body = draft.Starter is { } starter ? $"{starter} {text}" : text;
        var people = (draft.AudiencePeople ?? []).Concat(replyKind == ReplyKind.Answer ? [repliedAuthor] : []).Distinct().ToList();
        var title = replyKind == ReplyKind.HowItLanded ? "How it landed" : "A reply";
        var content = new ItemContent(title, body, context.Today);
        var words = ClinicalItem.WriteOwnWorkflow(context, ItemKind.Reply, Authorship.SubjectOf(partner), content, draft.Audience ?? [], people, now);
        return (new Reply(words.Id, context.CaseId, repliesTo, replyKind, context.Author, now), words);
    }
}
