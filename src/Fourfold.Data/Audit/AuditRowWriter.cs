using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Fourfold.Data.Audit;

/// <summary>
/// Inserts audit rows (events and their by-item index) inside the caller's transaction without EF Core's per-entity
/// tracking: the rows are append-only and never read back in the same unit of work, and a read page indexes fifty
/// items. Columns, names and values come from the model's own mappings, so each row is stored exactly as EF Core would
/// store it. SQLite re-runs one prepared statement; PostgreSQL streams the rows with a binary COPY.
/// </summary>
public static class AuditRowWriter
{
    public static async Task InsertAsync<TRow>(FourfoldDbContext db, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Audit rows are appended inside the chain's transaction.");
        var entity = db.Model.FindEntityType(typeof(TRow))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (Property: p, Column: p.GetColumnName(table)!, Mapping: p.GetRelationalTypeMapping())).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) VALUES ";
        var connection = transaction.Connection!;
        if (connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, table, columns, rows, sql, cancellationToken);
            return;
        }

        // One prepared single-row statement run per row: SQLite binds parameters by name with a linear search, so a
        // many-row statement costs the square of its parameters, while re-running a prepared one costs almost nothing.
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = head + "(" + string.Join(", ", columns.Select((_, column) => sql.GenerateParameterNamePlaceholder($"p{column}"))) + ")";
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var column = 0; column < columns.Count; column++)
            {
                var (property, _, mapping) = columns[column];
                command.Parameters.Add(mapping.CreateParameter(command, $"p{column}", property.GetGetter().GetClrValue(row), property.IsNullable));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task CopyAsync<TRow>(NpgsqlConnection connection, StoreObjectIdentifier table, List<(IProperty Property, string Column, RelationalTypeMapping Mapping)> columns,
        IReadOnlyList<TRow> rows, ISqlGenerationHelper sql, CancellationToken cancellationToken)
        where TRow : class
    {
        var copy = $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var (property, _, mapping) in columns)
            {
                var value = property.GetGetter().GetClrValue(row);
                var stored = value is null ? null : mapping.Converter?.ConvertToProvider(value) ?? value;
                if (stored is null)
                {
                    await writer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await writer.WriteAsync(stored, cancellationToken);
                }
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
