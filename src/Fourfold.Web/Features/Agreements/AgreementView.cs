using Fourfold.Domain.Access;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;

namespace Fourfold.Web.Features.Agreements;

/// <summary>
/// One agreement as a reader is shown it: its words now (the proposal, or the agreement when nothing newer is
/// proposed), the words in force while a change waits, how it stands, and who can see it and why.
/// </summary>
public sealed record AgreementView(
    Agreement Agreement,
    ItemView Words,
    InForceWords? InForce,
    AccessVerdict.Allowed Verdict,
    IReadOnlyList<VisibilityLine> Visibility)
{
    public ItemId Id => Agreement.Id;
}

/// <summary>The agreed words, shown beside a proposed change until the change is agreed.</summary>
public sealed record InForceWords(int Version, string Title, string Body);

/// <summary>A case's agreements for one reader, each decided; <see cref="Context"/> is the reader's view of the case.</summary>
public sealed record CaseAgreements(CaseReadContext Context, IReadOnlyList<AgreementView> Agreements);
