using Fourfold.Domain.Cases;
using Fourfold.Domain.People;

namespace Fourfold.Web.Features.Cases;

/// <summary>How a partner sees the people of their case: themself as "you", the other as "your partner", and each professional by what they are to them.</summary>
public static class PartnerWords
{
    public static string RoleAsSeenBy(PartnerRole reader, CaseRole role, ProfessionKind? profession)
    {
        var practitioner = profession switch
        {
            ProfessionKind.Coach => "coach",
            ProfessionKind.Therapist => "therapist",
            _ => "therapist or coach",
        };
        return role switch
        {
            _ when role == reader.AsCaseRole() => "You",
            _ when role == reader.Other().AsCaseRole() => "Your partner",
            _ when role == reader.SupportRole() => $"Your {practitioner}",
            _ when role == reader.Other().SupportRole() => $"Your partner's {practitioner}",
            CaseRole.CouplesTherapist => "Your couples therapist",
            _ => role.Describe(),
        };
    }
}
