using System.Data.Common;
using System.Net;
using Fourfold.Data;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// A yardstick for load runs, mapped only when <c>Benchmarks:RawTimelineBaseline</c> is true and answering only
/// the loopback address: 50 rows of one case's items read with one raw SQL query and returned as JSON, with no
/// sign-in, no decision, no decryption (the text stays ciphertext) and no audit. docs/performance.md compares the
/// timeline with it, to show what the product adds on top of the database. Never turn it on where clients are served.
/// </summary>
internal static class RawTimelineBaseline
{
    public const string Setting = "Benchmarks:RawTimelineBaseline";

    /// <summary>The only environment in which the yardstick is mapped, whatever the setting says.</summary>
    public const string Environment = "Benchmark";

    private const string Query =
        """SELECT "Id", "Kind", "Subject", "Holder", "Author", "Title", "Body", "OccurredOn", "RecordedAt" FROM "ClinicalItems" WHERE "CaseId" = @case ORDER BY "Id" DESC LIMIT 50""";

    public static void MapRawTimelineBaseline(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/bench/raw-timeline/{caseId:guid}", async (Guid caseId, HttpContext http, FourfoldDbContext db, DatabaseSettings database, CancellationToken cancellationToken) =>
        {
            if (http.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address))
            {
                return ApiResults.NotFound();
            }

            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = Query;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "case";
            parameter.Value = database.Provider == DatabaseProvider.Sqlite ? caseId.ToString().ToUpperInvariant() : caseId;
            command.Parameters.Add(parameter);
            var rows = new List<Dictionary<string, object?>>(50);
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
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
        })
        .AllowAnonymous()
        .WithMetadata(new AuditedAttribute(AuditedAs.NoClinicalReads));
    }
}
