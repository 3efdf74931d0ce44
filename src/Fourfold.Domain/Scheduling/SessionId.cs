using Fourfold.Domain.Common;

namespace Fourfold.Domain.Scheduling;

public readonly record struct SessionId(Guid Value) : IStrongId<SessionId>
{
    public static SessionId New() => new(Guid.CreateVersion7());

    public static SessionId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}
