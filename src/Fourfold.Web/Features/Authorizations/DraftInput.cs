using System.ComponentModel.DataAnnotations;
using Fourfold.Domain.Access;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using NodaTime;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>The authorization form as a partner fills it in: one box per recipient role and per category.</summary>
public class DraftInput
{
    public bool ToSupportOfBetrayedPartner { get; set; }

    public bool ToSupportOfInvolvedPartner { get; set; }

    public bool ToCouplesTherapist { get; set; }

    public bool ToMyPartner { get; set; }

    public bool Attendance { get; set; }

    public bool PlanAndProgress { get; set; }

    public bool AssessmentSummary { get; set; }

    public bool SessionSummary { get; set; }

    public bool ProgressNote { get; set; }

    public bool DisclosureMaterial { get; set; }

    public bool AgreementsAndCheckIns { get; set; }

    [Required(ErrorMessage = "Say what the information is for.")]
    [StringLength(AuthorizationTerms.MaxPurposeLength, ErrorMessage = "Use at most 300 characters.")]
    public string Purpose { get; set; } = "";

    [Required(ErrorMessage = "Choose the last day.")]
    public DateOnly? LastDay { get; set; }

    public static T From<T>(AuthorizationDraft draft, PartnerRole partner)
        where T : DraftInput, new()
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new T
        {
            ToSupportOfBetrayedPartner = draft.RecipientRoles.Contains(CaseRole.SupportOfBetrayedPartner),
            ToSupportOfInvolvedPartner = draft.RecipientRoles.Contains(CaseRole.SupportOfInvolvedPartner),
            ToCouplesTherapist = draft.RecipientRoles.Contains(CaseRole.CouplesTherapist),
            ToMyPartner = draft.RecipientRoles.Contains(partner.Other().AsCaseRole()),
            Attendance = draft.Categories.Contains(Category.Attendance),
            PlanAndProgress = draft.Categories.Contains(Category.PlanAndProgress),
            AssessmentSummary = draft.Categories.Contains(Category.AssessmentSummary),
            SessionSummary = draft.Categories.Contains(Category.SessionSummary),
            ProgressNote = draft.Categories.Contains(Category.ProgressNote),
            DisclosureMaterial = draft.Categories.Contains(Category.DisclosureMaterial),
            AgreementsAndCheckIns = draft.Categories.Contains(Category.AgreementsAndCheckIns),
            Purpose = draft.Purpose,
            LastDay = draft.LastDay.ToDateOnly(),
        };
    }

    public AuthorizationDraft ToDraft(PartnerRole partner)
    {
        var roles = new List<CaseRole>();
        AddIf(roles, ToSupportOfBetrayedPartner, CaseRole.SupportOfBetrayedPartner);
        AddIf(roles, ToSupportOfInvolvedPartner, CaseRole.SupportOfInvolvedPartner);
        AddIf(roles, ToCouplesTherapist, CaseRole.CouplesTherapist);
        AddIf(roles, ToMyPartner, partner.Other().AsCaseRole());
        var categories = new List<Category>();
        AddIf(categories, Attendance, Category.Attendance);
        AddIf(categories, PlanAndProgress, Category.PlanAndProgress);
        AddIf(categories, AssessmentSummary, Category.AssessmentSummary);
        AddIf(categories, SessionSummary, Category.SessionSummary);
        AddIf(categories, ProgressNote, Category.ProgressNote);
        AddIf(categories, DisclosureMaterial, Category.DisclosureMaterial);
        AddIf(categories, AgreementsAndCheckIns, Category.AgreementsAndCheckIns);
        return new AuthorizationDraft(roles, [], categories, Purpose, LocalDate.FromDateOnly(LastDay ?? DateOnly.MinValue));
    }

    public IEnumerable<KeyValuePair<string, string>> AsHiddenFields(string prefix)
    {
        foreach (var property in typeof(DraftInput).GetProperties())
        {
            var value = property.GetValue(this) switch
            {
                bool flag => flag ? "true" : "false",
                DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                var other => other?.ToString() ?? "",
            };
            yield return new($"{prefix}.{property.Name}", value);
        }
    }

    private static void AddIf<T>(List<T> list, bool condition, T value)
    {
        if (condition)
        {
            list.Add(value);
        }
    }
}

/// <summary>The same choices, carried into the signing step with the typed name and the hash of the text shown.</summary>
public sealed class SignInput : DraftInput
{
    [Required(ErrorMessage = "Type your full name to sign.")]
    [StringLength(Authorization.MaxSignatureLength, ErrorMessage = "Use at most 100 characters.")]
    public string TypedName { get; set; } = "";

    public string TextHash { get; set; } = "";

    /// <summary>The authorization this one replaces, when the partner is sharing less than before.</summary>
    public Guid? Replaces { get; set; }
}
