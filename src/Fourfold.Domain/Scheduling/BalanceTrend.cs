using Fourfold.Domain.Cases;

namespace Fourfold.Domain.Scheduling;

/// <summary>
/// Whether the partners are drifting apart, as the couples therapist is warned: over the last <see cref="Window"/>
/// joint sessions both partners answered, their average scores differ by <see cref="GapWarning"/> points or more; or
/// one partner has had <see cref="IndividualGapWarning"/> or more individual sessions with the couples therapist than
/// the other.
/// </summary>
public sealed record BalanceTrend(
    IReadOnlyList<BalanceCheck> Betrayed,
    IReadOnlyList<BalanceCheck> Involved,
    double? RecentGap,
    int BetrayedIndividualSessions,
    int InvolvedIndividualSessions)
{
    public const int Window = 3;
    public const double GapWarning = 2.0;
    public const int IndividualGapWarning = 2;

    public bool ScoresDrifting => RecentGap >= GapWarning;

    public bool IndividualSessionsUneven => Math.Abs(BetrayedIndividualSessions - InvolvedIndividualSessions) >= IndividualGapWarning;

    public static BalanceTrend Of(IEnumerable<BalanceCheck> checks, int betrayedIndividualSessions, int involvedIndividualSessions)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var all = checks.OrderBy(c => c.SessionStart).ToList();
        var betrayed = all.Where(c => c.Partner == PartnerRole.BetrayedPartner).ToList();
        var involved = all.Where(c => c.Partner == PartnerRole.InvolvedPartner).ToList();
        var both = betrayed.Select(b => (Betrayed: b, Involved: involved.FirstOrDefault(i => i.SessionId == b.SessionId)))
            .Where(pair => pair.Involved is not null)
            .TakeLast(Window)
            .ToList();
        double? gap = both.Count == 0 ? null : Math.Abs(both.Average(p => p.Betrayed.Average) - both.Average(p => p.Involved!.Average));
        return new BalanceTrend(betrayed, involved, gap, betrayedIndividualSessions, involvedIndividualSessions);
    }
}
