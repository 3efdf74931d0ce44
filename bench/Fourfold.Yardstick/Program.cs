using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;

// The yardstick of the timeline's load run (bench/load/timeline_load.py): the same 50 rows of one case's items that a
// timeline page shows, read with one raw SQL query from the product's database and returned as JSON, with no sign-in,
// no decision, no decryption (the text stays ciphertext) and no audit. It shows what the product adds on top of the
// database; it lives here, apart from the product, and answers only the loopback address. The same for one item by
// its primary key, beside GET /api/items/{id}.
var builder = WebApplication.CreateBuilder(args);
var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
var connectionString = builder.Configuration.GetConnectionString("Fourfold")
    ?? throw new InvalidOperationException("ConnectionStrings:Fourfold is not set.");
var postgres = string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase);
await using var source = postgres ? NpgsqlDataSource.Create(connectionString) : null;
var app = builder.Build();

const string TimelineQuery =
    """SELECT "Id", "Kind", "Subject", "Holder", "Author", "Title", "Body", "OccurredOn", "RecordedAt" FROM "ClinicalItems" WHERE "CaseId" = @id ORDER BY "Id" DESC LIMIT 50""";
const string ItemQuery =
    """SELECT "Id", "CaseId", "Kind", "Subject", "Holder", "Author", "Title", "Body", "OccurredOn", "RecordedAt" FROM "ClinicalItems" WHERE "Id" = @id""";

app.MapGet("/bench/raw-timeline/{caseId:guid}", (Guid caseId, HttpContext http, CancellationToken cancellationToken) =>
    RawAsync(TimelineQuery, caseId, http, cancellationToken));

// The yardstick of the single item read: one primary-key read of the same row GET /api/items/{id} shows.
app.MapGet("/bench/raw-item/{itemId:guid}", (Guid itemId, HttpContext http, CancellationToken cancellationToken) =>
    RawAsync(ItemQuery, itemId, http, cancellationToken));

await app.RunAsync();

async Task<IResult> RawAsync(string query, Guid id, HttpContext http, CancellationToken cancellationToken)
{
    if (http.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address))
    {
        return Results.NotFound();
    }

    await using DbConnection connection = source is not null ? source.CreateConnection() : new SqliteConnection(connectionString);
    await connection.OpenAsync(cancellationToken);
    await using var command = connection.CreateCommand();
    command.CommandText = query;
    var parameter = command.CreateParameter();
    parameter.ParameterName = "id";
    parameter.Value = postgres ? id : id.ToString().ToUpperInvariant();
    command.Parameters.Add(parameter);
    var rows = new List<Dictionary<string, object?>>(50);
    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
    while (await reader.ReadAsync(cancellationToken))
    {
        var row = new Dictionary<string, object?>(reader.FieldCount);
        for (var field = 0; field < reader.FieldCount; field++)
        {
            row[reader.GetName(field)] = reader.IsDBNull(field) ? null : reader.GetValue(field);
        }

        rows.Add(row);
    }

    return Results.Ok(rows);
}
