using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Fourfold.Data.Audit;

/// <summary>
/// Inserts sealed audit rows inside the caller's transaction without EF Core's per-entity tracking: the rows are
/// append-only and never read back in the same unit of work, and a read page writes fifty of them. Columns, names
/// and values come from the model's own mappings, so each row is stored exactly as EF Core would store it. SQLite runs
/// one prepared statement per row (no round trip); PostgreSQL sends rows in multi-row statements.
/// </summary>
public static class AuditRowWriter
{
    private const int RowsPerPostgresStatement = 500;

    public static async Task InsertAsync(FourfoldDbContext db, IReadOnlyList<AuditEventRecord> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Audit rows are appended inside the chain's transaction.");
        var entity = db.Model.FindEntityType(typeof(AuditEventRecord))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (Property: p, Column: p.GetColumnName(table)!, Mapping: p.GetRelationalTypeMapping())).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) VALUES ";
        var perStatement = db.Database.IsNpgsql() ? RowsPerPostgresStatement : 1;
        var connection = transaction.Connection!;

        foreach (var chunk in rows.Chunk(perStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head);
            for (var row = 0; row < chunk.Length; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Count; column++)
                {
                    var (property, _, mapping) = columns[column];
                    var name = $"p{row}_{column}";
                    command.Parameters.Add(mapping.CreateParameter(command, name, property.GetGetter().GetClrValue(chunk[row]), property.IsNullable));
                    text.Append(column == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static bool IsNpgsql(this DatabaseFacade database) =>
        database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
}
