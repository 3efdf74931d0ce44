using Fourfold.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Fourfold.Data.Conversions;

/// <summary>Stores a strongly typed id as its Guid.</summary>
public sealed class StrongIdConverter<TId>() : ValueConverter<TId, Guid>(id => id.Value, value => Create(value))
    where TId : struct, IStrongId<TId>
{
    private static TId Create(Guid value) => TId.From(value);
}
