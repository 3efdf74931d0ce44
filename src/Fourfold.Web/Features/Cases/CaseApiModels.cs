using Fourfold.Domain.Cases;
using Fourfold.Domain.Policies;
using Fourfold.Web.Infrastructure.Time;
using NodaTime;

namespace Fourfold.Web.Features.Cases;

public sealed record CaseListItem(Guid Id, string Label, string Practice, IReadOnlyList<string> MyRoles, int TeamSize, string Status);

public sealed record CaseDetail(
    Guid Id,
    string Label,
    string Practice,
    IReadOnlyList<string> MyRoles,
    IReadOnlyList<CaseTeamMember> Team,
    CaseCouplesPolicy? CouplesPolicy,
    CaseBooking Booking)
{
    public static CaseDetail From(CaseOverview overview, Instant now)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var c = overview.Case;
        var policy = c.CouplesPolicy is { } p
            ? new CaseCouplesPolicy(p.Version, p.Confidentiality.ToString(), p.IndividualSessions.IsAllowed, p.IndividualSessions.MaxSessionsPerPartner,
                p.IndividualSessions.Scope.ToString(), c.IsDivorceBound,
                c.HasAcknowledgedPolicyInForce(PartnerRole.BetrayedPartner), c.HasAcknowledgedPolicyInForce(PartnerRole.InvolvedPartner))
            : null;
        return new CaseDetail(
            c.Id.Value,
            c.Label,
            overview.PracticeName,
            overview.ReaderRoles.Order().Select(r => r.ToString()).ToList(),
            overview.Team.Select(m => new CaseTeamMember(
                m.PersonId?.Value, m.Name, m.Role.ToString(), m.Status.ToString(), m.PracticeName, m.TimeZoneId,
                m.TimeZoneId is { } zone ? now.InZone(LocalTimes.ZoneOrUtc(zone)).LocalDateTime.ToString("yyyy-MM-dd'T'HH:mm", null) : null)).ToList(),
            policy,
            new CaseBooking(Describe(overview.JointSessions), Describe(overview.BetrayedPartnerIndividualSessions), Describe(overview.InvolvedPartnerIndividualSessions)));
    }

    private static CaseBookingVerdict Describe(BookingVerdict verdict) =>
        new(verdict.IsAllowed, verdict.Refusal?.ToString(), verdict.Explanation);
}

public sealed record CaseTeamMember(Guid? PersonId, string Name, string Role, string Status, string? Practice, string? TimeZone, string? LocalTimeNow);

public sealed record CaseCouplesPolicy(int Version, string Confidentiality, bool IndividualSessionsOffered, int IndividualSessionsPerPartner, string IndividualSessionScope, bool IsDivorceBound, bool AcknowledgedByBetrayedPartner, bool AcknowledgedByInvolvedPartner);

public sealed record CaseBooking(CaseBookingVerdict JointSessions, CaseBookingVerdict BetrayedPartnerIndividualSessions, CaseBookingVerdict InvolvedPartnerIndividualSessions);

public sealed record CaseBookingVerdict(bool Allowed, string? Refusal, string Explanation);
