namespace Fourfold.Domain.Common;

/// <summary>An identifier of one kind of aggregate, so that a case id can never be passed where a person id is meant.</summary>
public interface IStrongId<TSelf>
    where TSelf : struct, IStrongId<TSelf>
{
    Guid Value { get; }

    static abstract TSelf From(Guid value);
}
