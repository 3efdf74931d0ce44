using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>One person's change in access: the categories of the partner's information they would gain or lose.</summary>
public sealed record PreviewLine(PersonId Person, string Name, IReadOnlyList<CaseRole> Roles, IReadOnlyList<Category> Gains, IReadOnlyList<Category> Losses);
