using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>
/// One person's change in access: the categories of the partner's information they would gain or lose, and how many of
/// the case's items today that means, decided item by item by the access decision.
/// </summary>
public sealed record PreviewLine(PersonId Person, string Name, IReadOnlyList<CaseRole> Roles, IReadOnlyList<Category> Gains, IReadOnlyList<Category> Losses,
    int ItemsGained = 0, int ItemsLost = 0);
