using Fourfold.Domain.Cases;

namespace Fourfold.Domain.Accountability;

/// <summary>
/// A partner's note of how a piece of homework went, who else reads it, and whether to bring it to their own
/// therapist or coach (which puts it on that professional's agenda, and nobody else's).
/// </summary>
public sealed record HomeworkLogDraft(string? HowItWent, bool BringToIndividualSession = false, IReadOnlyList<CaseRole>? Audience = null);
