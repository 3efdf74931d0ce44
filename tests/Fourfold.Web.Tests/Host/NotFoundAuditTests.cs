using System.Net;
using System.Text;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Host;

/// <summary>
/// Every route that names a case, item, session or person, asked by someone who may not reach it, answers 404 and
/// leaves a denial in the audit trail: routes are found from the app's own endpoints, so a new one is covered at once.
/// </summary>
public abstract class NotFoundAuditTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task EveryRouteNamingAnotherCasesThings_Answers404_AndAuditsTheDenial()
    {
        var (holt, item, session, dana) = await HoltsThingsAsync();
        var morgan = await app.SignedInAsync(DemoAccounts.MorganReed);
        var morganId = await PersonIdAsync(DemoAccounts.MorganReed.Email);
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0 && e.RoutePattern.Parameters.All(p => p.Name is not ("Secret" or "secret" or "path")))
            .Where(e => !(e.RoutePattern.RawText ?? "").StartsWith("/api/auth", StringComparison.Ordinal))
            .ToList();
        Assert.True(routes.Count >= 25, $"only {routes.Count} routes with parameters were found");
        var unaudited = new List<string>();

        foreach (var route in routes)
        {
            var raw = route.RoutePattern.RawText!;
            var path = Fill(raw, holt, raw.Contains("sessions/{id", StringComparison.Ordinal) ? session : item, dana);
            var method = route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is [var first, ..] ? first : "GET";
            var before = await LastSequenceAsync();
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "POST" or "PUT")
            {
                request.Content = path.StartsWith("/api/", StringComparison.Ordinal)
                    ? new StringContent("{}", Encoding.UTF8, "application/json")
                    : new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await Forms.AntiforgeryTokenAsync(morgan, "/") });
            }

            // A refused form post answers with its page (or back to it) rather than 404; its refusal is audited all the same.
            var response = await morgan.SendAsync(request);
            var isFormPost = method != "GET" && !path.StartsWith("/api/", StringComparison.Ordinal);
            if (method == "GET" || (response.StatusCode != HttpStatusCode.BadRequest && !isFormPost))
            {
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {raw} answered {(int)response.StatusCode}");
            }

            // The denial must name what was asked for: the case, or the item, session or person in it.
            var thing = raw.Contains("sessions/{id", StringComparison.Ordinal) ? session : item;
            var denials = await DenialsSinceAsync(morganId, before);
            if ((response.StatusCode != HttpStatusCode.BadRequest || method == "GET")
                && !denials.Any(e => e.AuditedCaseId == holt || e.ItemId == thing || e.ItemId == dana))
            {
                unaudited.Add($"{method} {raw} ({(int)response.StatusCode}; {denials.Count} denials naming other things)");
            }
        }

        Assert.Empty(unaudited);
    }

    private static string Fill(string route, Guid caseId, Guid thing, Guid person) =>
        route.Replace("{caseId:guid}", caseId.ToString(), StringComparison.OrdinalIgnoreCase)
            .Replace("{id:guid}", thing.ToString(), StringComparison.OrdinalIgnoreCase)
            .Replace("{itemId:guid}", thing.ToString(), StringComparison.OrdinalIgnoreCase)
            .Replace("{personId:guid}", person.ToString(), StringComparison.OrdinalIgnoreCase)
            .Replace("{membershipId:guid}", thing.ToString(), StringComparison.OrdinalIgnoreCase)
            .Replace("{Partner}", "BetrayedPartner", StringComparison.Ordinal);

    private async Task<(Guid Case, Guid Item, Guid Session, Guid Dana)> HoltsThingsAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var holt = (await db.Cases.SingleAsync(c => c.Label == "Holt")).Id;
        var item = await db.ClinicalItems.Where(i => i.CaseId == holt).Select(i => i.Id).FirstAsync();
        var session = await db.Sessions.Where(s => s.CaseId == holt).Select(s => s.Id).FirstAsync();
        return (holt.Value, item.Value, session.Value, await PersonIdAsync(DemoAccounts.DanaHolt.Email));
    }

    private async Task<Guid> PersonIdAsync(string email)
    {
        using var scope = app.Services.CreateScope();
        return (await FourfoldAppFactory.SystemDb(scope).Users.SingleAsync(u => u.Email == email)).Id;
    }

    private async Task<long> LastSequenceAsync()
    {
        using var scope = app.Services.CreateScope();
        return await FourfoldAppFactory.SystemDb(scope).AuditEvents.MaxAsync(e => e.Sequence);
    }

    private async Task<List<Data.Audit.AuditEventRecord>> DenialsSinceAsync(Guid person, long sequence)
    {
        using var scope = app.Services.CreateScope();
        return await FourfoldAppFactory.SystemDb(scope).AuditEvents.AsNoTracking()
            .Where(e => e.Sequence > sequence && e.ActorId == person && e.Outcome == "Denied").ToListAsync();
    }
}

public sealed class NotFoundAuditTestsOnSqlite(SqliteApp app) : NotFoundAuditTests(app), IClassFixture<SqliteApp>;

public sealed class NotFoundAuditTestsOnPostgres(PostgresApp app) : NotFoundAuditTests(app), IClassFixture<PostgresApp>;
