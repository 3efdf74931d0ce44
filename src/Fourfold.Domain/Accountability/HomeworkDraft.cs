using Fourfold.Domain.Cases;
using NodaTime;

namespace Fourfold.Domain.Accountability;

/// <summary>
/// Homework as a professional sets it in a joint session: what it is, for whom, by when, and which professional roles
/// besides the partners it is for read it.
/// </summary>
public sealed record HomeworkDraft(string? What, string? Details, HomeworkFor? For, LocalDate? DueOn, IReadOnlyList<CaseRole>? Audience = null);
