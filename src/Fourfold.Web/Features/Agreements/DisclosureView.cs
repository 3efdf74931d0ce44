using Fourfold.Domain.Access;
using Fourfold.Domain.Agreements;
using Fourfold.Web.Features.Records;

namespace Fourfold.Web.Features.Agreements;

/// <summary>One entry of the disclosure log as a reader is shown it, with the commitment it came under when they may read that too.</summary>
public sealed record DisclosureView(Disclosure Disclosure, ItemView Words, string? CommitmentTitle, AccessVerdict.Allowed Verdict, IReadOnlyList<VisibilityLine> Visibility);

/// <summary>A case's disclosure log for one reader, newest first, and the commitments in force they may record under.</summary>
public sealed record CaseDisclosures(CaseReadContext Context, IReadOnlyList<DisclosureView> Entries, IReadOnlyList<AgreementView> Commitments);
