using Fourfold.Domain.Common;

namespace Fourfold.Domain.Authorizations;

public readonly record struct AuthorizationId(Guid Value) : IStrongId<AuthorizationId>
{
    public static AuthorizationId New() => new(Guid.CreateVersion7());

    public static AuthorizationId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}
