using Fourfold.Domain.Cases;
using Fourfold.Domain.People;

namespace Fourfold.Domain.Accountability;

/// <summary>
/// A check-in as its author writes it. A couple check-in answers some of the five FANOS prompts; a safety check-in gives
/// how safe its author feels from 0 to 10 and, if they like, what would help. The author picks, for this entry alone,
/// the team roles and the people who read it; nobody else does.
/// </summary>
public sealed record CheckInDraft(
    CheckInKind Kind,
    string? Feelings = null,
    string? Appreciation = null,
    string? Needs = null,
    string? Ownership = null,
    string? Steps = null,
    int? Safety = null,
    string? WhatWouldHelp = null,
    IReadOnlyList<CaseRole>? Audience = null,
    IReadOnlyList<PersonId>? AudiencePeople = null);
