using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Policies;

/// <summary>
/// The couples therapist's stated policies for one case. Each change is a new version, and both partners must
/// acknowledge the version in force before a session with the couples therapist can be booked.
/// </summary>
public sealed record CouplesPolicy
{
    private CouplesPolicy()
    {
        IndividualSessions = IndividualSessionPolicy.NotOffered;
    }

    public CouplesPolicy(int version, ConfidentialityPolicy confidentiality, IndividualSessionPolicy individualSessions, PersonId setBy, Instant setAt)
    {
        Version = version;
        Confidentiality = confidentiality;
        IndividualSessions = individualSessions;
        SetBy = setBy;
        SetAt = setAt;
    }

    public int Version { get; private init; }

    public ConfidentialityPolicy Confidentiality { get; private init; }

    public IndividualSessionPolicy IndividualSessions { get; private init; }

    public PersonId SetBy { get; private init; }

    public Instant SetAt { get; private init; }
}
