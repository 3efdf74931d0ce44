using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Fourfold.Data.Conversions;

/// <summary>Stores a calendar date as a date: date on PostgreSQL, ISO text on SQLite.</summary>
public sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
    date => date.ToDateOnly(),
    value => LocalDate.FromDateOnly(value));
