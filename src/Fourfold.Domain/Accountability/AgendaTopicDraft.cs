namespace Fourfold.Domain.Accountability;

/// <summary>What a partner writes for the next joint session; a note of how it felt is theirs alone unless they share it with the couples therapist.</summary>
public sealed record AgendaTopicDraft(AgendaTopicKind Kind, string? Text, bool ShareWithCouplesTherapist = false);
