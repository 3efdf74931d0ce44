using Fourfold.Domain.Cases;
using Fourfold.Web.Features.Records;
using NodaTime;

namespace Fourfold.Web.Features.CaseDoor;

/// <summary>A case the reader is no longer on, with the records they keep or wrote there: theirs to read still.</summary>
public sealed record CaseLeft(CaseId Id, string Label, Instant LeftAt, IReadOnlyList<ItemView> Records);

/// <summary>Every case the reader has left, and the zone they read dates in.</summary>
public sealed record CasesLeft(IReadOnlyList<CaseLeft> Cases, string ReaderZone);
