using Fourfold.Domain.Common;

namespace Fourfold.Domain.Cases;

public readonly record struct CaseId(Guid Value) : IStrongId<CaseId>
{
    public static CaseId New() => new(Guid.CreateVersion7());

    public static CaseId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}
