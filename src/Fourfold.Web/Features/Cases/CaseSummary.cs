using Fourfold.Domain.Cases;

namespace Fourfold.Web.Features.Cases;

/// <summary>A line of someone's case list.</summary>
public sealed record CaseSummary(CaseId Id, string Label, string PracticeName, IReadOnlyList<CaseRole> MyRoles, int TeamSize, string Status, bool NeedsMyAcknowledgement);
