using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Agreements;

/// <summary>
/// A proposal checked field by field: its words as the item will hold them, its terms, and the audience (both partners,
/// and the team roles the couple chose). <see cref="Problems"/> is keyed by the draft's field names and empty when it
/// may be saved.
/// </summary>
public sealed record AgreementCheck(ItemContent Content, AgreementTerms Terms, IReadOnlyList<CaseRole> Audience, IReadOnlyDictionary<string, string> Problems)
{
    public const int MaxWithinHours = 720;
    public const int MaxTier = 5;
    public const int MaxReviewYears = 5;

    public bool IsValid => Problems.Count == 0;

    /// <summary>Checks <paramref name="draft"/> on <paramref name="today"/>; the couple chooses among the professional roles of <paramref name="teamRoles"/>, those held on the team now.</summary>
    public static AgreementCheck Of(AgreementDraft draft, IEnumerable<CaseRole> teamRoles, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(teamRoles);
        var problems = new Dictionary<string, string>();
        var held = teamRoles.ToHashSet();
        var title = (draft.Title ?? "").Trim();
        var body = (draft.Body ?? "").Trim();
        if (!Enum.IsDefined(draft.Kind))
        {
            problems[nameof(AgreementDraft.Kind)] = "Choose a boundary, a relapse definition or a disclosure commitment.";
            return new AgreementCheck(new ItemContent(title, body, today), AgreementTerms.None, [], problems);
        }

        if (title.Length == 0)
        {
            problems[nameof(AgreementDraft.Title)] = draft.Kind switch
            {
                AgreementKind.Boundary => "Say the boundary in a line.",
                AgreementKind.RelapseDefinition => "Say what counts at this tier.",
                AgreementKind.DisclosureCommitment => "Name the behaviour or kind of event this commitment is about.",
            };
        }
        else if (title.Length > ItemContent.MaxTitleLength)
        {
            problems[nameof(AgreementDraft.Title)] = $"Keep it to {ItemContent.MaxTitleLength} characters (it has {title.Length}); say more below.";
        }

        if (body.Length > ItemContent.MaxBodyLength)
        {
            problems[nameof(AgreementDraft.Body)] = $"Keep this to {ItemContent.MaxBodyLength:N0} characters (it has {body.Length:N0}).";
        }
        else if (body.Length == 0 && draft.Kind == AgreementKind.Boundary)
        {
            problems[nameof(AgreementDraft.Body)] = "Say why this matters to you, so that your partner can understand it.";
        }
        else if (body.Length == 0 && draft.Kind == AgreementKind.RelapseDefinition)
        {
            problems[nameof(AgreementDraft.Body)] = "Say what happens next at this tier: who is told, and what support is called on.";
        }

        if (draft.ReviewOn is { } review && review <= today)
        {
            problems[nameof(AgreementDraft.ReviewOn)] = "Choose a review date after today, or leave it empty.";
        }
        else if (draft.ReviewOn is { } far && far > today.PlusYears(MaxReviewYears))
        {
            problems[nameof(AgreementDraft.ReviewOn)] = $"Choose a review date within {MaxReviewYears} years.";
        }

        var tier = draft.Kind == AgreementKind.RelapseDefinition ? draft.Tier : null;
        if (draft.Kind == AgreementKind.RelapseDefinition && tier is not (>= 1 and <= MaxTier))
        {
            problems[nameof(AgreementDraft.Tier)] = $"Choose the tier, from 1 (the mildest) to {MaxTier}.";
        }

        var tellWhom = draft.Kind == AgreementKind.DisclosureCommitment ? (draft.TellWhom ?? []).Distinct().Order().ToList() : [];
        var within = draft.Kind == AgreementKind.DisclosureCommitment ? draft.WithinHours : null;
        if (draft.Kind == AgreementKind.DisclosureCommitment)
        {
            if (tellWhom.Count == 0 || tellWhom.Any(r => !Enum.IsDefined(r)))
            {
                problems[nameof(AgreementDraft.TellWhom)] = "Choose who is told.";
            }
            else if (tellWhom.Select(r => (CommitmentRecipient?)r).FirstOrDefault(r => Disclosure.RoleOf(r!.Value) is { } role && !held.Contains(role)) is { } missing)
            {
                var who = missing switch
                {
                    CommitmentRecipient.OwnSupport => "The involved partner has no therapist or coach on the team yet.",
                    CommitmentRecipient.CouplesTherapist => "There is no couples therapist on the team yet.",
                    _ => "The partner has not joined the team yet.",
                };
                problems[nameof(AgreementDraft.TellWhom)] = $"{who} Choose among those who are there now; the commitment can be changed when they join.";
            }

            if (within is not (>= 1 and <= MaxWithinHours))
            {
                problems[nameof(AgreementDraft.WithinHours)] = $"Say how soon they are told, in hours (1 to {MaxWithinHours}).";
            }
        }

        var choices = held.Where(r => r.IsProfessional()).ToHashSet();
        if (draft.Audience.Any(role => !Enum.IsDefined(role) || (role.IsProfessional() && !choices.Contains(role))))
        {
            problems[nameof(AgreementDraft.Audience)] = "Choose who else sees it among the professionals on your team.";
        }

        var audience = draft.Audience.Where(r => Enum.IsDefined(r) && r.IsProfessional()).Append(CaseRole.BetrayedPartner).Append(CaseRole.InvolvedPartner).Distinct().Order().ToList();
        var terms = new AgreementTerms(draft.ReviewOn, tier, tellWhom, within);
        if (body.Length == 0 && draft.Kind == AgreementKind.DisclosureCommitment && problems.Count == 0)
        {
            body = AgreementWords.CommitmentSentence(terms);
        }

        return new AgreementCheck(new ItemContent(title, body, today), terms, audience, problems);
    }
}
