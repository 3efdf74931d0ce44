using Fourfold.Domain.Common;

namespace Fourfold.Domain.People;

public readonly record struct PersonId(Guid Value) : IStrongId<PersonId>
{
    public static PersonId New() => new(Guid.CreateVersion7());

    public static PersonId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}
