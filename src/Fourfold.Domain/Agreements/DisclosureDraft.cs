using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Agreements;

/// <summary>
/// An entry of the disclosure log as it is written: what happened and when, when it was told and to whom, under which
/// commitment. A professional recording something discovered and not disclosed leaves <see cref="ToldOn"/> and
/// <see cref="Told"/> empty, confirms <see cref="PartnerKnows"/>, and chooses who else on the team reads it. The times
/// of day are optional; given both, timeliness is judged to the minute.
/// </summary>
public sealed record DisclosureDraft(
    string? What,
    string? Details,
    LocalDate? HappenedOn,
    LocalDate? ToldOn,
    IReadOnlyList<CommitmentRecipient> Told,
    ItemId? CommitmentId,
    bool Discovered = false,
    bool PartnerKnows = false,
    IReadOnlyList<CaseRole>? Audience = null,
    LocalTime? HappenedAt = null,
    LocalTime? ToldAt = null);
