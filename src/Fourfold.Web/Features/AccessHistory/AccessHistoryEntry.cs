using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Web.Features.AccessHistory;

/// <summary>
/// One person's reads of one item about a partner, in plain words: how many times, first and last, and what allowed
/// the last of them.
/// </summary>
public sealed record AccessHistoryEntry(
    CaseId CaseId,
    string CaseLabel,
    Guid ItemId,
    ItemKind ItemKind,
    string ItemTitle,
    string ReaderName,
    string ReaderRelation,
    int Times,
    Instant FirstAt,
    Instant LastAt,
    string AllowedBy,
    Instant? AuthorizationSignedAt);

/// <summary>A page of the history, newest last read first, with the cursor of the next page if there is one.</summary>
public sealed record AccessHistoryResult(IReadOnlyList<AccessHistoryEntry> Entries, string? Next);
