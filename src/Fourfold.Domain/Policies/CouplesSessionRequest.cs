using Fourfold.Domain.Cases;

namespace Fourfold.Domain.Policies;

/// <summary>A session someone wants to book with the couples therapist.</summary>
public abstract record CouplesSessionRequest
{
    private CouplesSessionRequest()
    {
    }

    /// <summary>Both partners together with the couples therapist (a couple or four-person session).</summary>
    public sealed record Joint : CouplesSessionRequest;

    /// <summary>One partner alone with the couples therapist; counted against the individual-session policy.</summary>
    public sealed record Individual(PartnerRole Partner, bool IsForAssessment) : CouplesSessionRequest;
}
