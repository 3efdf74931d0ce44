using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Policies;

/// <summary>A partner's statement that they read and accept one version of the couples therapist's policies.</summary>
public sealed record PolicyAcknowledgement(PartnerRole Partner, PersonId AcknowledgedBy, int PolicyVersion, Instant AcknowledgedAt);
