using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Fourfold.Data.Conversions;

/// <summary>Stores a time of day as minutes after midnight, the same on every database.</summary>
public sealed class LocalTimeConverter() : ValueConverter<LocalTime, int>(
    time => (int)(time.TickOfDay / NodaConstants.TicksPerMinute),
    minutes => LocalTime.Midnight.PlusMinutes(minutes));
