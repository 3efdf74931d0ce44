using Fourfold.Domain.Cases;
using NodaTime;

namespace Fourfold.Web.Features.AccessHistory;

/// <summary>One read of a partner's information by someone else, in plain words.</summary>
public sealed record AccessHistoryEntry(Instant At, CaseId CaseId, string CaseLabel, Guid? ItemId, string ReaderName, string ReaderRelation, string AllowedBy, Instant? AuthorizationSignedAt);
