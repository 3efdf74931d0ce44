using Fourfold.Domain.Cases;
using Fourfold.Domain.People;

namespace Fourfold.Domain.Accountability;

/// <summary>
/// A reply as its author writes it: the words, the validation starter they chose to begin with (if any), and who else
/// reads it beyond the person it answers.
/// </summary>
public sealed record ReplyDraft(string? Text, string? Starter = null, IReadOnlyList<CaseRole>? Audience = null, IReadOnlyList<PersonId>? AudiencePeople = null);
