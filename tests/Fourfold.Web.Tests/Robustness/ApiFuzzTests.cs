using System.Reflection;
using System.Text;
using Fourfold.Domain.Cases;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Robustness;

/// <summary>
/// Every API endpoint, sent what a careless or hostile client sends (malformed JSON, wrong types, nulls, huge and
/// unusual strings, deep nesting, dates at the ends of the calendar, unknown enum names, odd query values), answers
/// with a 4xx and changes nothing, never a 5xx.
/// </summary>
public abstract class ApiFuzzTests(FourfoldAppFactory app)
{
    private const int BodiesPerEndpoint = 24;

    private static readonly string[] OddValues =
    [
        "null", "0", "-1", "2147483648", "1e308", "true", "[]", "{}", "\"\"", "\"x\"", "\"NotAnEnumName\"",
        "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"24:00\"", "\"99:99\"",
        "\"not-a-date\"", "\"00000000-0000-0000-0000-000000000000\"", "\"\\u0000\\ud83d\\udca5 \\u202e\"",
        "\"" + new string('a', 70_000) + "\"", "[" + string.Join(',', Enumerable.Repeat("\"a\"", 2_000)) + "]",
        new string('[', 300) + new string(']', 300), "{\"a\":" + new string('[', 200) + new string(']', 200) + "}",
    ];

    private static readonly string[] OddQueryValues =
    [
        "", "x", "-1", "0", "2147483648", "9999-12-31", "0001-01-01", "00000000-0000-0000-0000-000000000000",
        "NotAnEnumName", new string('9', 400), "%00", "%F0%9F%92%A5", "a,b,,c",
    ];

    private static readonly string[] Malformed = ["", "{", "}", "{\"a\":", "nul", "[1,2", "\"open", "{\"a\" 1}", "\u00ff\u00fe"];

    [Fact]
    public async Task NoBodyOrQueryValue_GivesAServerError_NorAPartialWrite()
    {
        var random = new Random(20261201);
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var (itemId, sessionId) = await SomeRowsOfAsync(holt);
        // Her own place: the end-a-place endpoint is reached and checks its input, but nobody may end their own place.
        var mayasPlace = await MayasPlaceAsync(holt);
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var failures = new List<string>();
        var requests = 0;

        foreach (var endpoint in ApiEndpoints())
        {
            var route = endpoint.RoutePattern.RawText!
                .Replace("{caseId:guid}", holt.ToString(), StringComparison.Ordinal)
                .Replace("{membershipId:guid}", mayasPlace.ToString(), StringComparison.Ordinal)
                .Replace("{id:guid}", endpoint.RoutePattern.RawText!.StartsWith("/api/items", StringComparison.Ordinal) ? itemId.ToString() : sessionId.ToString(), StringComparison.Ordinal);
            var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods[0];
            foreach (var (body, query) in Inputs(endpoint, random))
            {
                var before = await CountsAsync();
                using var request = new HttpRequestMessage(new HttpMethod(method), route + query);
                if (body is not null)
                {
                    request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                }

                var response = await maya.SendAsync(request);
                requests++;
                var status = (int)response.StatusCode;
                if (status >= 500)
                {
                    failures.Add($"{status} {method} {route}{Shorten(query)} {Shorten(body)}");
                }
                else if (status >= 400 && await CountsAsync() != before)
                {
                    failures.Add($"partial write on {status}: {method} {route}{Shorten(query)} {Shorten(body)}");
                }
            }
        }

        Assert.True(requests > 300, $"Only {requests} requests were made.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} requests failed:\n" + string.Join("\n", failures.Take(40)) + app.ServerErrors.Describe());
    }

    private List<RouteEndpoint> ApiEndpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Count > 0)
            .Where(e => e.RoutePattern.RawText is not "/api/auth/logout")
            .ToList();

    /// <summary>Bodies for endpoints that read one (built from the fields of the type they read), query strings for the rest.</summary>
    private static IEnumerable<(string? Body, string Query)> Inputs(RouteEndpoint endpoint, Random random)
    {
        var bodyType = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var queryNames = endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
            .Where(p => IsQueryValue(p.ParameterType) && !endpoint.RoutePattern.Parameters.Any(r => r.Name == p.Name))
            .Select(p => p.Name!)
            .ToList() ?? [];
        if (bodyType is not null)
        {
            foreach (var remembered in Remembered(endpoint.RoutePattern.RawText!))
            {
                yield return (remembered, "");
            }
        }

        for (var i = 0; i < BodiesPerEndpoint; i++)
        {
            var query = queryNames.Count == 0 ? "" : "?" + string.Join('&', queryNames.Select(name => $"{name}={OddQueryValues[random.Next(OddQueryValues.Length)]}"));
            var body = bodyType is null ? null
                : i < Malformed.Length ? Malformed[i]
                : i % 5 == 0 ? OddValues[random.Next(OddValues.Length)]
                : ObjectOf(bodyType, random);
            yield return (body, query);
        }
    }

    /// <summary>
    /// An object with the type's own fields, each a plausible value or an odd one, so that a body passes the first
    /// checks and its odd value reaches deeper; sometimes with an unknown field added.
    /// </summary>
    private static string ObjectOf(Type type, Random random)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return $"{{\"{Guid.NewGuid()}\":{OddValues[random.Next(OddValues.Length)]}}}";
        }

        var fields = type.GetProperties()
            .Where(_ => random.Next(5) > 0)
            .Select(p => $"\"{char.ToLowerInvariant(p.Name[0])}{p.Name[1..]}\":{(random.Next(2) == 0 ? Plausible(p.PropertyType) : OddValues[random.Next(OddValues.Length)])}")
            .ToList();
        if (random.Next(3) == 0)
        {
            fields.Add($"\"unknownField\":{OddValues[random.Next(OddValues.Length)]}");
        }

        return "{" + string.Join(',', fields) + "}";
    }

    private static string Plausible(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain switch
        {
            _ when plain == typeof(DateTimeOffset) => $"\"{DateTimeOffset.UtcNow.AddDays(9).Date:yyyy-MM-dd}T15:00:00Z\"",
            _ when plain == typeof(DateOnly) => $"\"{DateTimeOffset.UtcNow.AddDays(9):yyyy-MM-dd}\"",
            _ when plain == typeof(int) => "60",
            _ when plain == typeof(bool) => "false",
            _ when plain == typeof(Guid) => $"\"{Guid.NewGuid()}\"",
            _ when plain.IsEnum => $"\"{Enum.GetNames(plain)[0]}\"",
            _ when plain == typeof(string) => "\"Plain words\"",
            _ => "[]",
        };
    }

    /// <summary>Bodies that once gave a server error, kept so that they never do again.</summary>
    private static IEnumerable<string> Remembered(string route) => route switch
    {
        "/api/cases/{caseId:guid}/sessions" =>
        [
            "{\"kind\":\"Joint\",\"start\":\"0001-01-01T00:00:00Z\",\"minutes\":60}",
            "{\"kind\":\"Joint\",\"start\":\"9999-12-31T23:59:59Z\",\"minutes\":60}",
            "{\"kind\":\"IndividualWithCouplesTherapist\",\"partner\":\"BetrayedPartner\",\"start\":\"9999-12-31T23:59:59Z\",\"minutes\":240}",
        ],
        "/api/sessions/{id:guid}" => ["{\"start\":\"0001-01-01T00:00:00Z\",\"minutes\":60}", "{\"start\":\"9999-12-31T23:59:59Z\",\"minutes\":60}"],
        "/api/me/availability" =>
        [
            "{\"weekly\":[{\"day\":\"Monday\",\"start\":\"09:00\",\"end\":\"17:00\"}],\"bufferMinutes\":15,\"extraHours\":[{\"date\":\"9999-12-31\",\"start\":\"09:00\",\"end\":\"17:00\"}]}",
            "{\"weekly\":[{\"day\":\"Monday\",\"start\":\"09:00\",\"end\":\"17:00\"}],\"bufferMinutes\":15,\"daysOff\":[\"9999-12-31\",\"0001-01-01\"],\"extraHours\":[{\"date\":\"0001-01-01\",\"start\":\"00:00\",\"end\":\"24:00\"}]}",
        ],
        "/api/auth/login" => ["{\"email\":null,\"password\":null}", "{\"email\":\"\",\"password\":\"\"}", "{}"],
        "/api/auth/refresh" => ["{\"refreshToken\":null}", "{\"refreshToken\":\"x\"}", "{}"],
        _ => [],
    };

    private static bool IsQueryValue(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain.IsPrimitive || plain.IsEnum || plain == typeof(string) || plain == typeof(Guid) || plain == typeof(DateOnly) || plain == typeof(DateTimeOffset);
    }

    private async Task<(Guid Item, Guid Session)> SomeRowsOfAsync(Guid caseId)
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var id = CaseId.From(caseId);
        var item = await db.ClinicalItems.Where(i => i.CaseId == id).Select(i => i.Id).FirstAsync();
        var session = await db.Sessions.Where(s => s.CaseId == id).Select(s => s.Id).FirstAsync();
        return (item.Value, session.Value);
    }

    private async Task<Guid> MayasPlaceAsync(Guid caseId)
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var maya = (await db.Users.SingleAsync(u => u.Email == DemoAccounts.MayaLee.Email)).PersonId;
        var id = CaseId.From(caseId);
        return await db.CaseMemberships.Where(m => m.CaseId == id && m.PersonId == maya).Select(m => m.Id).FirstAsync();
    }

    private async Task<string> CountsAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        return string.Join('/',
            await db.Sessions.CountAsync(),
            await db.Sessions.CountAsync(s => s.Status != Domain.Scheduling.SessionStatus.Booked),
            await db.ClinicalItems.CountAsync(),
            await db.ClinicalItems.SelectMany(i => i.Versions).CountAsync(),
            await db.Authorizations.CountAsync(),
            await db.Availabilities.CountAsync(),
            await db.BalanceChecks.CountAsync(),
            await db.CalendarFeeds.CountAsync());
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 120 ? text : text[..120] + "…";
}

/// <summary>As in Development, where the framework throws on a request it cannot read rather than answering 400 itself.</summary>
public sealed class SqliteAppThrowingOnBadRequests : SqliteApp
{
    protected override void ConfigureMore(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true));
}

public sealed class ApiFuzzTestsOnSqlite(SqliteAppThrowingOnBadRequests app) : ApiFuzzTests(app), IClassFixture<SqliteAppThrowingOnBadRequests>;

public sealed class ApiFuzzTestsOnPostgres(PostgresApp app) : ApiFuzzTests(app), IClassFixture<PostgresApp>;
