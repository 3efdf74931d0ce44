using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.FullDisclosure;

/// <summary>
/// What is written around the disclosure besides its questions and drafts, each for the audience its author chooses:
/// the betrayed partner's safety plan for the day (who they call afterwards, what they need), a debrief afterwards by
/// anyone on the team, the betrayed partner's impact statement, and the involved partner's letter of amends. Each is
/// written only at the stages it belongs to, by the side it belongs to, and not while the disclosure is paused.
/// </summary>
public static class DisclosureWriting
{
    public static IReadOnlyList<ItemKind> Kinds { get; } = [ItemKind.DisclosureSafetyPlan, ItemKind.DisclosureDebrief, ItemKind.ImpactStatement, ItemKind.AmendsLetter];

    /// <summary>The kinds <paramref name="roles"/> may write at the disclosure's stage now.</summary>
    public static IReadOnlyList<ItemKind> WritableBy(IReadOnlySet<CaseRole> roles, DisclosureProcess process)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(process);
        return process.IsPaused || process.Stage == DisclosureStage.Complete ? [] : [.. Kinds.Where(kind => Writers(kind).Overlaps(roles) && IsItsTime(kind, process))];
    }

    /// <summary>Checks a writing field by field; empty when it may be saved.</summary>
    public static Dictionary<string, string> Check(AuthoringContext context, DisclosureProcess process, ItemKind? kind, string? text, IReadOnlyCollection<CaseRole> audience)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(audience);
        var problems = new Dictionary<string, string>();
        var said = (text ?? "").Trim();
        if (kind is not { } chosen || !Kinds.Contains(chosen))
        {
            problems["Kind"] = "Choose what you are writing.";
        }
        else if (!Writers(chosen).Overlaps(context.AuthorRoles))
        {
            problems["Kind"] = chosen switch
            {
                ItemKind.DisclosureSafetyPlan or ItemKind.ImpactStatement => "This is written by the betrayed partner, with their therapist or coach.",
                ItemKind.AmendsLetter => "The letter of amends is written by the involved partner, with their therapist.",
                _ => "This is written by someone on the team.",
            };
        }
        else if (process.IsPaused)
        {
            problems["Kind"] = DisclosureWording.Explain(DisclosureRefusal.Paused);
        }
        else if (process.Stage == DisclosureStage.Complete || !IsItsTime(chosen, process))
        {
            problems["Kind"] = chosen switch
            {
                ItemKind.DisclosureSafetyPlan => "The safety plan is written before the disclosure is given.",
                ItemKind.DisclosureDebrief => "A debrief is written once the disclosure has been given.",
                ItemKind.ImpactStatement => "The impact statement is written at its own stage, after the disclosure.",
                _ => "The letter of amends is written at its own stage, after the impact statement.",
            };
        }

        if (said.Length == 0)
        {
            problems["Text"] = "Write what you would like to keep here.";
        }
        else if (said.Length > ItemContent.MaxBodyLength)
        {
            problems["Text"] = $"Keep this to {ItemContent.MaxBodyLength:N0} characters (it has {said.Length:N0}).";
        }

        if (audience.Any(role => !Enum.IsDefined(role)))
        {
            problems["Audience"] = "Choose who reads it among the people on the team.";
        }

        return problems;
    }

    /// <summary>Writes a checked piece: about the author's own partner (or the couple, for the couples therapist), for the audience they chose.</summary>
    public static ClinicalItem Write(AuthoringContext context, DisclosureProcess process, ItemKind kind, string? text, IReadOnlyCollection<CaseRole> audience, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Check(context, process, kind, text, audience) is { Count: > 0 } problems)
        {
            var (field, message) = problems.First();
            throw new DomainRuleViolation(message, field);
        }

        var content = new ItemContent(kind.Describe(), (text ?? "").Trim(), context.Today);
        return ClinicalItem.WriteOwnWorkflow(context, kind, SubjectFor(kind, context.AuthorRoles), content, [.. audience.Distinct().Order()], [], now);
    }

    /// <summary>
    /// Whom a piece is about: the safety plan and the impact statement are the betrayed partner's, the letter of amends
    /// the involved partner's; a debrief is about its author when a partner writes it, about the partner a support
    /// works with, and about the couple when the couples therapist writes it.
    /// </summary>
    public static ItemSubject SubjectFor(ItemKind kind, IReadOnlySet<CaseRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return kind switch
        {
            ItemKind.DisclosureSafetyPlan or ItemKind.ImpactStatement => ItemSubject.BetrayedPartner,
            ItemKind.AmendsLetter => ItemSubject.InvolvedPartner,
            _ when roles.Contains(CaseRole.BetrayedPartner) || roles.Contains(CaseRole.SupportOfBetrayedPartner) => ItemSubject.BetrayedPartner,
            _ when roles.Contains(CaseRole.InvolvedPartner) || roles.Contains(CaseRole.SupportOfInvolvedPartner) => ItemSubject.InvolvedPartner,
            _ => ItemSubject.Couple,
        };
    }

    private static HashSet<CaseRole> Writers(ItemKind kind) => kind switch
    {
        ItemKind.DisclosureSafetyPlan or ItemKind.ImpactStatement => [CaseRole.BetrayedPartner, CaseRole.SupportOfBetrayedPartner],
        ItemKind.AmendsLetter => [CaseRole.InvolvedPartner, CaseRole.SupportOfInvolvedPartner],
        _ => [.. Enum.GetValues<CaseRole>()],
    };

    /// <summary>The safety plan before the disclosure is given, a debrief after it, each statement at its own stage.</summary>
    private static bool IsItsTime(ItemKind kind, DisclosureProcess process) => kind switch
    {
        ItemKind.DisclosureSafetyPlan => process.EnteredAt(DisclosureStage.Disclosed) is null,
        ItemKind.DisclosureDebrief => process.EnteredAt(DisclosureStage.Disclosed) is not null,
        ItemKind.ImpactStatement => process.Stage == DisclosureStage.ImpactStatement,
        _ => process.Stage == DisclosureStage.Restitution,
    };
}
