using Fourfold.Domain.Cases;
using NodaTime;

namespace Fourfold.Domain.Scheduling;

/// <summary>A session someone asks to book: nulls are fields left empty, refused field by field.</summary>
public sealed record SessionRequest(SessionKind? Kind, PartnerRole? Partner, Instant? Start, int Minutes, bool IsForAssessment = false)
{
    public const int ShortestMinutes = 15;
    public const int LongestMinutes = 240;
}
