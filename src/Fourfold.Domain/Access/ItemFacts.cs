using Fourfold.Domain.Cases;
using Fourfold.Domain.People;

namespace Fourfold.Domain.Access;

/// <summary>What the access decision needs to know about a clinical item.</summary>
public sealed record ItemFacts(Guid ItemId, CaseId CaseId, PersonId Holder, PersonId Author, ItemSubject Subject, Category Category, Audience Audience);
