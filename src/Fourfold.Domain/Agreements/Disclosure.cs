using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Agreements;

/// <summary>
/// One entry of the disclosure log. The involved partner records what they told, to whom and when, under a disclosure
/// commitment in force; Fourfold marks it on time or late against the commitment's hours: to the minute when both times
/// of day are given, otherwise by the dates alone, giving the partner the benefit of the doubt. A
/// professional of the involved partner (or the couples therapist) may record something discovered and not disclosed,
/// with the partner's knowledge. The words are an item of the same id about the involved partner, for the people the
/// commitment names (and the recorder).
/// </summary>
public sealed class Disclosure : Records.IItemWorkflow
{
    private Disclosure()
    {
        Told = [];
    }

    private Disclosure(ItemId id, CaseId caseId, ItemId? commitmentId, DisclosureDraft draft, IReadOnlyList<CommitmentRecipient> told, Timeliness timeliness, PersonId recordedBy, Instant recordedAt)
    {
        Id = id;
        CaseId = caseId;
        CommitmentId = commitmentId;
        HappenedOn = draft.HappenedOn!.Value;
        HappenedAt = draft.HappenedAt;
        ToldOn = draft.ToldOn;
        ToldAt = draft.ToldOn is null ? null : draft.ToldAt;
        Told = [.. told];
        Timeliness = timeliness;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public ItemId Id { get; private set; }

    public CaseId CaseId { get; private set; }

    /// <summary>The disclosure commitment it was made under; none for something discovered.</summary>
    public ItemId? CommitmentId { get; private set; }

    public LocalDate HappenedOn { get; private set; }

    /// <summary>The time of day it happened, when the partner gave it.</summary>
    public LocalTime? HappenedAt { get; private set; }

    public LocalDate? ToldOn { get; private set; }

    /// <summary>The time of day it was told, when the partner gave it.</summary>
    public LocalTime? ToldAt { get; private set; }

    public List<CommitmentRecipient> Told { get; private set; }

    public Timeliness Timeliness { get; private set; }

    public PersonId RecordedBy { get; private set; }

    public Instant RecordedAt { get; private set; }

    /// <summary>On time when it could have been told within the commitment's hours, given only the two dates.</summary>
    public static Timeliness Judge(LocalDate happenedOn, LocalDate toldOn, int withinHours) => Judge(happenedOn, null, toldOn, null, withinHours);

    /// <summary>
    /// On time when told within the commitment's hours: to the minute when both times of day are known (as clock times
    /// on those dates, so a change of the clocks between them can move the reading by an hour); otherwise when
    /// some times on those two dates would have been within the hours (fewer than them lie between the end of the day
    /// it happened and the start of the day it was told), so that a missing time never counts against the partner.
    /// </summary>
    public static Timeliness Judge(LocalDate happenedOn, LocalTime? happenedAt, LocalDate toldOn, LocalTime? toldAt, int withinHours)
    {
        var onTime = happenedAt is { } from && toldAt is { } to
            ? Period.Between(happenedOn + from, toldOn + to, PeriodUnits.Minutes).Minutes <= withinHours * 60L
            : (Period.Between(happenedOn, toldOn, PeriodUnits.Days).Days - 1) * 24 < withinHours;
        return onTime ? Timeliness.OnTime : Timeliness.Late;
    }

    /// <summary>Checks a draft field by field; empty when it may be recorded.</summary>
    public static Dictionary<string, string> Check(AuthoringContext context, DisclosureDraft draft, Agreement? commitment)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new Dictionary<string, string>();
        var roles = context.AuthorRoles;
        var what = (draft.What ?? "").Trim();
        if (draft.Discovered)
        {
            if (!roles.Contains(CaseRole.SupportOfInvolvedPartner) && !roles.Contains(CaseRole.CouplesTherapist))
            {
                problems[nameof(DisclosureDraft.Discovered)] = "Something discovered and not disclosed is recorded by the involved partner's own support or the couples therapist.";
            }
            else if (!draft.PartnerKnows)
            {
                problems[nameof(DisclosureDraft.PartnerKnows)] = "Record it only once the partner knows you are recording it.";
            }
        }
        else if (!roles.Contains(CaseRole.InvolvedPartner))
        {
            problems[nameof(DisclosureDraft.What)] = "The disclosure log is kept by the involved partner; a professional records only something discovered and not disclosed.";
        }

        if (what.Length == 0)
        {
            problems.TryAdd(nameof(DisclosureDraft.What), "Say in a line what happened.");
        }
        else if (what.Length > ItemContent.MaxTitleLength)
        {
            problems.TryAdd(nameof(DisclosureDraft.What), $"Keep it to {ItemContent.MaxTitleLength} characters (it has {what.Length}); say more below.");
        }

        if ((draft.Details ?? "").Trim().Length > ItemContent.MaxBodyLength)
        {
            problems[nameof(DisclosureDraft.Details)] = $"Keep this to {ItemContent.MaxBodyLength:N0} characters.";
        }

        if (draft.HappenedOn is not { } happened)
        {
            problems[nameof(DisclosureDraft.HappenedOn)] = "Give the day it happened.";
        }
        else if (happened > context.Today)
        {
            problems[nameof(DisclosureDraft.HappenedOn)] = "The day it happened cannot be in the future.";
        }

        if (!draft.Discovered)
        {
            if (draft.ToldOn is not { } told)
            {
                problems[nameof(DisclosureDraft.ToldOn)] = "Give the day you told.";
            }
            else if (told > context.Today)
            {
                problems[nameof(DisclosureDraft.ToldOn)] = "The day you told cannot be in the future.";
            }
            else if (draft.HappenedOn is { } before && told < before)
            {
                problems[nameof(DisclosureDraft.ToldOn)] = "The day you told comes on or after the day it happened.";
            }
            else if (draft.HappenedOn == told && draft is { HappenedAt: { } from, ToldAt: { } to } && to < from)
            {
                problems[nameof(DisclosureDraft.ToldAt)] = "On the same day, the time you told comes after the time it happened.";
            }

            if (draft.Told.Count == 0 || draft.Told.Any(r => !Enum.IsDefined(r)))
            {
                problems[nameof(DisclosureDraft.Told)] = "Choose whom you told.";
            }

            if (commitment is not { Kind: AgreementKind.DisclosureCommitment, AgreedVersion: not null, Status: not AgreementStatus.Retired } || commitment.CaseId != context.CaseId)
            {
                problems[nameof(DisclosureDraft.CommitmentId)] = "Choose the disclosure commitment in force that this comes under.";
            }
        }

        var choices = context.ActiveRoles.Values.SelectMany(r => r).Where(r => r.IsProfessional()).ToHashSet();
        if ((draft.Audience ?? []).Any(role => !Enum.IsDefined(role) || !choices.Contains(role)))
        {
            problems[nameof(DisclosureDraft.Audience)] = "Choose who else reads it among the professionals on the team.";
        }

        return problems;
    }

    /// <summary>Records a checked draft; the item carrying its words is returned to be saved with it.</summary>
    public static (Disclosure Disclosure, ClinicalItem Words) Record(AuthoringContext context, DisclosureDraft draft, Agreement? commitment, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        if (Check(context, draft, commitment) is { Count: > 0 } problems)
        {
            var (field, message) = problems.First();
            throw new DomainRuleViolation(message, field);
        }

        var happened = draft.HappenedOn!.Value;
        var timeliness = draft.Discovered ? Timeliness.DiscoveredNotDisclosed : Judge(happened, draft.HappenedAt, draft.ToldOn!.Value, draft.ToldAt, commitment!.TermsInForce!.WithinHours ?? 0);
        var told = draft.Discovered ? [] : draft.Told.Distinct().Order().ToList();
        var audience = AudienceFor(told, draft.Audience ?? [], draft.Discovered);
        var details = (draft.Details ?? "").Trim();
        var body = details.Length > 0 ? details : Sentence(draft, told, timeliness);
        var content = new ItemContent((draft.What ?? "").Trim(), body, happened);
        var words = ClinicalItem.WriteDisclosure(context, content, audience, now);
        return (new Disclosure(words.Id, context.CaseId, draft.Discovered ? null : commitment!.Id, draft, told, timeliness, context.Author, now), words);
    }

    /// <summary>Who reads an entry: the people told who are on the team, the involved partner, and the professionals chosen.</summary>
    public static IReadOnlyList<CaseRole> AudienceFor(IEnumerable<CommitmentRecipient> told, IEnumerable<CaseRole> chosen, bool discovered) =>
        [.. told.Select(RoleOf).OfType<CaseRole>().Concat(chosen.Where(r => r.IsProfessional())).Append(CaseRole.InvolvedPartner)
            .Distinct().Order()];

    /// <summary>The team role a recipient of a disclosure holds; none for a support person outside the team.</summary>
    public static CaseRole? RoleOf(CommitmentRecipient recipient) => recipient switch
    {
        CommitmentRecipient.Partner => CaseRole.BetrayedPartner,
        CommitmentRecipient.OwnSupport => CaseRole.SupportOfInvolvedPartner,
        CommitmentRecipient.CouplesTherapist => CaseRole.CouplesTherapist,
        CommitmentRecipient.SupportPerson => null,
    };

    // The commitment itself is a couple's item read under other rules: its words stay out of the entry's.
    private static string Sentence(DisclosureDraft draft, IReadOnlyList<CommitmentRecipient> told, Timeliness timeliness) =>
        timeliness == Timeliness.DiscoveredNotDisclosed
            ? $"It happened on {When(draft.HappenedOn!.Value, draft.HappenedAt)}. It came to light another way, and is recorded here with the partner's knowledge."
            : $"It happened on {When(draft.HappenedOn!.Value, draft.HappenedAt)}; I told {AgreementWords.Join([.. told.Select(r => r.Describe())])} on {When(draft.ToldOn!.Value, draft.ToldAt)}.";

    private static string When(LocalDate day, LocalTime? time) =>
        time is { } at
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{day:d MMM yyyy} at {at:HH:mm}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{day:d MMM yyyy}");
}
