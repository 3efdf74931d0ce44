using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Audit;

/// <summary>
/// One thing to record: who did what to which case and item, about whom, which rule and authorizations allowed it,
/// how it ended, when and from where. Never free text of clinical items. A page read lists each of its items in
/// <see cref="Items"/> (see <see cref="AuditedReads"/>) with their rules and authorizations; its subjects are then the union
/// of theirs.
/// </summary>
public sealed record AuditEntry(
    Instant At,
    PersonId? Actor,
    AuditAction Action,
    AuditOutcome Outcome,
    CaseId? CaseId = null,
    Guid? ItemId = null,
    string Subjects = "",
    string Rule = "",
    string Authorizations = "",
    string ClientAddress = "",
    string Items = "");
