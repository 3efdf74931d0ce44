using Fourfold.Domain.People;

namespace Fourfold.Web.Features.Demo;

internal static class DemoProfiles
{
    public static ProfessionalProfile For(DemoAccount account) => account.Email switch
    {
        "maya.lee@harbor.example" => new(ProfessionKind.Therapist, "PhD, LMFT",
            "Doctorate in marriage and family therapy; Gottman Method Level 3; training in affair recovery.",
            "Emotionally focused and Gottman-informed couples therapy, with a clear structure for disclosure.",
            "Gottman Relationship Checkup", ProfessionalContactPolicy.CollaboratesUnderAuthorization, true),
        "sam.ortiz@harbor.example" => new(ProfessionKind.Therapist, "LPC, CCPS",
            "Licensed professional counselor; certified clinical partner specialist.",
            "Trauma-informed individual therapy for betrayed partners and for partners in recovery.",
            "PCL-5 and a structured betrayal-trauma interview", ProfessionalContactPolicy.CollaboratesUnderAuthorization, true),
        "jordan.blake@harbor.example" => new(ProfessionKind.Coach, "Certified partner recovery coach",
            "Partner recovery coaching certification; peer support facilitator.",
            "Practical, strengths-based coaching on safety, boundaries and self-care.",
            "Intake questionnaire", ProfessionalContactPolicy.ScheduledConsultationsOnly, true),
        "alex.kim@westside.example" => new(ProfessionKind.Therapist, "PsyD, CSAT",
            "Doctorate in clinical psychology; certified sex addiction therapist.",
            "Task-centred recovery work and preparation of a full therapeutic disclosure.",
            "Sexual Addiction Screening Test (SAST-R)", ProfessionalContactPolicy.CollaboratesUnderAuthorization, false),
        _ => ProfessionalProfile.Empty(ProfessionKind.Therapist),
    };
}
