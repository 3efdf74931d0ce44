using Fourfold.Domain.Common;

namespace Fourfold.Domain.Practices;

public readonly record struct PracticeId(Guid Value) : IStrongId<PracticeId>
{
    public static PracticeId New() => new(Guid.CreateVersion7());

    public static PracticeId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}
