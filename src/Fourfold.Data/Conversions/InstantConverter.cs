using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Fourfold.Data.Conversions;

/// <summary>Stores an instant as a UTC DateTime: timestamptz on PostgreSQL, sortable ISO text on SQLite.</summary>
public sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
    instant => instant.ToDateTimeUtc(),
    value => Instant.FromDateTimeUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
