using Fourfold.Domain.People;
using Fourfold.Domain.Practices;

namespace Fourfold.Domain.Access;

/// <summary>The person asking to read, with the practice they administer if they are a practice administrator.</summary>
public sealed record Reader(PersonId Person, PracticeId? AdministersPractice = null);
