using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Policies;

namespace Fourfold.Domain.Records;

/// <summary>
/// Who may write what about whom (DESIGN.md section 3): a partner writes history about themself or the couple; a
/// professional writes about the partners they support; the couples therapist about either partner or the couple.
/// Psychotherapy notes are kept by therapists, for themselves alone.
/// </summary>
public static class Authorship
{
    public static IReadOnlyList<ItemKind> KindsFor(AuthoringContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var roles = context.AuthorRoles;
        if (roles.Count == 0)
        {
            return [];
        }

        if (roles.All(r => r.IsPartner()))
        {
            return [ItemKind.HistoryEntry];
        }

        return context.Profession == People.ProfessionKind.Coach
            ? [ItemKind.HistoryEntry, ItemKind.SessionSummary, ItemKind.ProgressNote, ItemKind.AssessmentSummary]
            : ItemKinds.Written;
    }

    public static IReadOnlyList<ItemSubject> SubjectsFor(IReadOnlySet<CaseRole> authorRoles)
    {
        ArgumentNullException.ThrowIfNull(authorRoles);
        var subjects = new HashSet<ItemSubject>();
        foreach (var role in authorRoles)
        {
            if (role.AsPartnerRole() is { } partner)
            {
                subjects.Add(SubjectOf(partner));
                subjects.Add(ItemSubject.Couple);
            }
            else if (role.SupportedPartner() is { } supported)
            {
                subjects.Add(SubjectOf(supported));
            }
            else if (role == CaseRole.CouplesTherapist)
            {
                subjects.UnionWith(Enum.GetValues<ItemSubject>());
            }
        }

        return [.. subjects.Order()];
    }

    /// <summary>The roles an author can meaningfully write for: every role someone other than the author holds on the case.</summary>
    public static IReadOnlyList<CaseRole> AudienceChoices(AuthoringContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.ActiveRoles.Where(pair => pair.Key != context.Author).SelectMany(pair => pair.Value).Distinct().Order()];
    }

    /// <summary>The people an author can name in an audience: everyone else on the case's team now.</summary>
    public static IReadOnlyList<People.PersonId> AudiencePeopleChoices(AuthoringContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.ActiveRoles.Keys.Where(person => person != context.Author)];
    }

    /// <summary>
    /// Whose an item from an individual session with the couples therapist is: under NoSecrets the couple's, under
    /// Confidential the partner's who was there; under Discretion the therapist chooses between the two.
    /// </summary>
    public static ItemSubject? SubjectOfIndividualSession(ConfidentialityPolicy policy, PartnerRole partner, ItemSubject? therapistChoice) => policy switch
    {
        ConfidentialityPolicy.NoSecrets => ItemSubject.Couple,
        ConfidentialityPolicy.Confidential => SubjectOf(partner),
        ConfidentialityPolicy.Discretion => therapistChoice == ItemSubject.Couple || therapistChoice == SubjectOf(partner) ? therapistChoice : null,
    };

    public static ItemSubject SubjectOf(PartnerRole partner) => partner switch
    {
        PartnerRole.BetrayedPartner => ItemSubject.BetrayedPartner,
        PartnerRole.InvolvedPartner => ItemSubject.InvolvedPartner,
    };

    /// <summary>
    /// Checks a draft against the rules; the problems are keyed by the draft's field names and empty when it may be written.
    /// On an edit, <paramref name="namedBefore"/> are the people the item already names: they may stay named after
    /// leaving the team (they read nothing while off it), so that unnaming them is the author's choice.
    /// </summary>
    public static WritingCheck Check(AuthoringContext context, ItemDraft draft, IReadOnlyCollection<People.PersonId>? namedBefore = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        var (content, contentProblems) = ItemContent.Check(draft.Kind, draft.Title, draft.Body, draft.OccurredOn, draft.AssessmentUsed, context.Today);
        var problems = new Dictionary<string, string>(contentProblems);
        var roles = context.AuthorRoles;
        if (!KindsFor(context).Contains(draft.Kind))
        {
            problems[nameof(ItemDraft.Kind)] = roles.Count == 0 ? "You are not on this case's team."
                : draft.Kind == ItemKind.PsychotherapyNote ? "Psychotherapy notes are kept by therapists."
                : "Partners write history entries; summaries and notes are written by the professionals.";
        }

        var subject = SubjectFor(context, draft, problems);
        var choices = AudienceChoices(context);
        if (draft.Kind == ItemKind.PsychotherapyNote && (draft.Audience.Count > 0 || draft.NamedPeople.Count > 0))
        {
            problems[nameof(ItemDraft.Audience)] = "A psychotherapy note is for you alone; it cannot be shared.";
        }
        else if (draft.Audience.Any(role => !choices.Contains(role)) || draft.NamedPeople.Except(AudiencePeopleChoices(context)).Except(namedBefore ?? []).Any())
        {
            problems[nameof(ItemDraft.Audience)] = "Choose the audience among the people on this case's team.";
        }

        return new WritingCheck(content, subject ?? ItemSubject.Couple, problems);
    }

    private static ItemSubject? SubjectFor(AuthoringContext context, ItemDraft draft, Dictionary<string, string> problems)
    {
        if (draft.IndividualSessionWith is { } partner)
        {
            if (!Enum.IsDefined(partner))
            {
                problems[nameof(ItemDraft.IndividualSessionWith)] = "Choose the partner the individual session was with.";
                return null;
            }

            if (!context.AuthorRoles.Contains(CaseRole.CouplesTherapist) || draft.Kind is not (ItemKind.SessionSummary or ItemKind.ProgressNote))
            {
                problems[nameof(ItemDraft.IndividualSessionWith)] = "Only the couples therapist's summaries and progress notes come from an individual session with them.";
                return null;
            }

            if (context.PolicyInForce is not { } policy)
            {
                problems[nameof(ItemDraft.IndividualSessionWith)] = "Set the confidentiality policy before writing about an individual session.";
                return null;
            }

            var decided = SubjectOfIndividualSession(policy.Confidentiality, partner, draft.Subject);
            if (decided is null)
            {
                problems[nameof(ItemDraft.Subject)] = "Under your discretion policy, choose whether this stays with the partner or belongs to the couple.";
            }

            return decided;
        }

        if (draft.Subject is not { } subject || !Enum.IsDefined(subject))
        {
            problems[nameof(ItemDraft.Subject)] = "Choose whose information this is.";
            return null;
        }

        if (!SubjectsFor(context.AuthorRoles).Contains(subject))
        {
            problems[nameof(ItemDraft.Subject)] = "You can write about yourself or the couple, or about the partners you support.";
            return null;
        }

        return subject;
    }
}
