using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;

namespace Fourfold.Web.Features.Records;

/// <summary>Whether one member of the team can see an item, and the plain-words reason.</summary>
public sealed record VisibilityLine(PersonId Person, string Name, IReadOnlyList<CaseRole> Roles, AccessVerdict Verdict, string Reason)
{
    public bool CanSee => Verdict.IsAllowed;
}
