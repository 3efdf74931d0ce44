using Fourfold.Domain.Cases;
using Fourfold.Domain.People;

namespace Fourfold.Domain.Access;

/// <summary>
/// What the access decision needs to know about a clinical item. <paramref name="ItemId"/> is the id of what is read
/// and audited: an item of the story's, or a session's, whose time is read as an attendance item.
/// </summary>
public sealed record ItemFacts(Guid ItemId, CaseId CaseId, PersonId Holder, PersonId Author, ItemSubject Subject, Category Category, Audience Audience);
