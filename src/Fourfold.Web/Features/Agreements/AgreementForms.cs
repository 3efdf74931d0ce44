using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Web.Features.Records;
using Microsoft.AspNetCore.Components.Forms;

namespace Fourfold.Web.Features.Agreements;

/// <summary>What the agreement forms share: where each problem shows, and the team roles a couple can let see an agreement.</summary>
public static class AgreementForms
{
    public static FieldIdentifier FieldFor(AgreementInput input, string field) => field switch
    {
        nameof(AgreementDraft.Title) or nameof(AgreementDraft.Body) or nameof(AgreementDraft.ReviewOn) or nameof(AgreementDraft.Tier) or nameof(AgreementDraft.WithinHours)
            => new FieldIdentifier(input, field),
        nameof(AgreementDraft.TellWhom) => new FieldIdentifier(input, nameof(AgreementInput.TellPartner)),
        nameof(AgreementDraft.Audience) => new FieldIdentifier(input, nameof(AgreementInput.ForCouplesTherapist)),
        _ => new FieldIdentifier(input, nameof(AgreementInput.Version)),
    };

    /// <summary>The fields a problem can be shown beside; any other (who may answer, a stale version) is said at the top of the form.</summary>
    public static bool HasField(string field) => field is nameof(AgreementDraft.Title) or nameof(AgreementDraft.Body) or nameof(AgreementDraft.ReviewOn)
        or nameof(AgreementDraft.Tier) or nameof(AgreementDraft.WithinHours) or nameof(AgreementDraft.TellWhom) or nameof(AgreementDraft.Audience);

    public static IReadOnlyList<CaseRole> TeamRoles(CaseReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.State.ActiveRoles.Values.SelectMany(roles => roles).Where(role => role.IsProfessional()).Distinct().Order()];
    }

    /// <summary>
    /// The roles a partner may tick on a later version: all of the team's for the partner who first proposed it, only
    /// those already chosen for the other (they keep or narrow who sees it, never widen it).
    /// </summary>
    public static IReadOnlyList<CaseRole> TeamRoles(CaseReadContext context, ItemView words, Domain.People.PersonId partner)
    {
        ArgumentNullException.ThrowIfNull(words);
        var all = TeamRoles(context);
        return words.Author == partner ? all : [.. all.Where(words.AudienceRoles.Contains)];
    }

    /// <summary>"Couples therapist (Maya Lee)".</summary>
    public static string RoleLabel(CaseReadContext context, CaseRole role)
    {
        ArgumentNullException.ThrowIfNull(context);
        var holders = context.State.ActiveRoles.Where(pair => pair.Value.Contains(role)).Select(pair => context.NameOf(pair.Key)).Order(StringComparer.CurrentCulture).ToList();
        return holders.Count == 0 ? role.Describe() : $"{role.Describe()} ({string.Join(", ", holders)})";
    }
}
