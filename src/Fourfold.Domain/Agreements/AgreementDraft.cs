using Fourfold.Domain.Cases;
using NodaTime;

namespace Fourfold.Domain.Agreements;

/// <summary>
/// A proposal as a partner writes it: the agreement in a line (<see cref="Title"/>), what it means to them or what
/// happens next (<see cref="Body"/>), its terms, and the team roles the couple lets see it (both partners always do).
/// </summary>
public sealed record AgreementDraft(
    AgreementKind Kind,
    string? Title,
    string? Body,
    LocalDate? ReviewOn,
    IReadOnlyList<CaseRole> Audience,
    int? Tier = null,
    IReadOnlyList<CommitmentRecipient>? TellWhom = null,
    int? WithinHours = null);
