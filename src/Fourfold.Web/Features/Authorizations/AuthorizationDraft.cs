using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>What a partner has chosen so far, before signing: recipients, categories, purpose and last day.</summary>
public sealed record AuthorizationDraft(
    IReadOnlyList<CaseRole> RecipientRoles,
    IReadOnlyList<PersonId> RecipientPeople,
    IReadOnlyList<Category> Categories,
    string Purpose,
    LocalDate LastDay);
