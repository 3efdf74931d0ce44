using Fourfold.Domain.Cases;
using NodaTime;

namespace Fourfold.Domain.Scheduling;

/// <summary>
/// A session someone asks to book: nulls are fields left empty, refused field by field. A partner's meeting with the
/// other partner's therapist includes that therapist's client when <paramref name="WithTheirClient"/> says so.
/// </summary>
public sealed record SessionRequest(SessionKind? Kind, PartnerRole? Partner, Instant? Start, int Minutes, bool IsForAssessment = false, bool WithTheirClient = false)
{
    public const int ShortestMinutes = 15;
    public const int LongestMinutes = 240;

    /// <summary>How far ahead a session can be booked: far enough for any plan, near enough that every clock can show it.</summary>
    public const int BookableYearsAhead = 2;

    /// <summary>Whether <paramref name="start"/> is no further ahead of <paramref name="now"/> than a session can be booked.</summary>
    public static bool IsWithinReach(Instant start, Instant now) => start <= now + Duration.FromDays(366 * BookableYearsAhead);
}
