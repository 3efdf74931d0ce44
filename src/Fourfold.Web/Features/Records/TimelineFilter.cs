using Fourfold.Domain.Access;

namespace Fourfold.Web.Features.Records;

/// <summary>Narrows a timeline to one category and one subject; null shows all.</summary>
public sealed record TimelineFilter(Category? Category = null, ItemSubject? Subject = null);
