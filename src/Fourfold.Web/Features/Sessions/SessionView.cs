using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Scheduling;

namespace Fourfold.Web.Features.Sessions;

/// <summary>A session as one reader is shown it: the time in their zone, the others' local times, and who takes part.</summary>
public sealed record SessionView(
    Session Session,
    string CaseLabel,
    string When,
    IReadOnlyList<string> OthersLocalTimes,
    IReadOnlyList<ParticipantView> Participants,
    bool ViewerTakesPart,
    bool ViewerMayChange,
    AccessVerdict.Allowed Verdict);

public sealed record ParticipantView(Guid Person, string Name, CaseRole Role, string ZoneId, Attendance Attendance);
