namespace Fourfold.Domain.People;

/// <summary>How a professional works with the other professionals on a client's team.</summary>
public enum ProfessionalContactPolicy
{
    /// <summary>Talks with the other professionals whenever the client's authorizations allow it.</summary>
    CollaboratesUnderAuthorization = 1,

    /// <summary>Talks with the other professionals at set points (after assessment, before disclosure, on request).</summary>
    ScheduledConsultationsOnly = 2,

    /// <summary>Shares written summaries only; no calls or meetings with other professionals.</summary>
    WrittenSummariesOnly = 3,
}
