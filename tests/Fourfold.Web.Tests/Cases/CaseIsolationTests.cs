using System.Net;
using System.Net.Http.Json;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Cases;

/// <summary>
/// Every case-scoped page and API route, as every demo person, for every demo case: what they may see answers 200,
/// everything else 404 with exactly the body of an id that does not exist.
/// </summary>
public abstract class CaseIsolationTests(FourfoldAppFactory app)
{
    private static readonly Guid Nonexistent = Guid.Parse("0f0f0f0f-0000-7000-8000-000000000000");

    [Fact]
    public async Task EveryCaseRoute_AsEveryPerson_AnswersOnlyWhatTheyMaySee()
    {
        var routes = CaseRoutes();
        Assert.Contains("/cases/{CaseId}", routes);
        Assert.Contains("/api/cases/{caseId}", routes);
        var cases = await DemoCasesAsync();
        var failures = new List<string>();

        foreach (var person in DemoAccounts.All)
        {
            var client = await app.SignedInAsync(person);
            foreach (var route in routes)
            {
                foreach (var url in Expand(route, Nonexistent))
                {
                    var missing = await client.GetAsync(url);
                    Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
                    var missingBody = Forms.Stable(await missing.Content.ReadAsStringAsync());

                    foreach (var (label, demoCase) in cases)
                    {
                        var caseUrl = url.Replace(Nonexistent.ToString(), demoCase.Id.ToString(), StringComparison.Ordinal);
                        var expected = MaySee(route, caseUrl, person, demoCase);
                        var response = await client.GetAsync(caseUrl);
                        var body = Forms.Stable(await response.Content.ReadAsStringAsync());
                        if (expected && response.StatusCode != HttpStatusCode.OK)
                        {
                            failures.Add($"{person.Email} {caseUrl} ({label}): expected 200, got {(int)response.StatusCode}");
                        }
                        else if (!expected && (response.StatusCode != HttpStatusCode.NotFound || body != missingBody))
                        {
                            failures.Add($"{person.Email} {caseUrl} ({label}): expected the 404 of a missing case, got {(int)response.StatusCode}");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures) + app.ServerErrors.Describe());
    }

    [Fact]
    public async Task CaseLists_ShowEachPersonTheirOwnCasesOnly()
    {
        var expected = new Dictionary<DemoAccount, string[]>
        {
            [DemoAccounts.MayaLee] = ["Holt", "Reed"],
            [DemoAccounts.SamOrtiz] = ["Holt", "Park"],
            [DemoAccounts.JordanBlake] = ["Park"],
            [DemoAccounts.AlexKim] = ["Holt"],
            [DemoAccounts.PriyaNair] = ["Holt", "Park", "Reed"],
            [DemoAccounts.DanaHolt] = ["Holt"],
            [DemoAccounts.ChrisHolt] = ["Holt"],
            [DemoAccounts.MorganReed] = ["Reed"],
            [DemoAccounts.CaseyReed] = ["Reed"],
            [DemoAccounts.RileyPark] = ["Park"],
            [DemoAccounts.AveryPark] = ["Park"],
        };

        foreach (var (person, labels) in expected)
        {
            var client = await app.SignedInAsync(person);
            var cases = await client.GetFromJsonAsync<List<CaseListEntry>>("/api/cases");
            Assert.Equal(labels, cases!.Select(c => c.Label).Order(StringComparer.Ordinal).ToArray());
        }
    }

    [Fact]
    public async Task CaseApi_ShowsTheTeamWithRolesPracticesAndLocalTimes()
    {
        var client = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var holt = (await DemoCasesAsync())["Holt"];

        var detail = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/cases/{holt.Id}");

        var team = detail.GetProperty("team").EnumerateArray().ToList();
        Assert.Equal(5, team.Count);
        var alex = team.Single(m => m.GetProperty("name").GetString() == DemoAccounts.AlexKim.DisplayName);
        Assert.Equal("SupportOfInvolvedPartner", alex.GetProperty("role").GetString());
        Assert.Equal(DemoSeeder.WestsideRecovery, alex.GetProperty("practice").GetString());
        Assert.Equal("America/Los_Angeles", alex.GetProperty("timeZone").GetString());
        Assert.True(detail.GetProperty("booking").GetProperty("jointSessions").GetProperty("allowed").GetBoolean());
    }

    private sealed record CaseListEntry(Guid Id, string Label);

    private List<string> CaseRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name.Equals("caseId", StringComparison.OrdinalIgnoreCase)))
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") != false)
            .Select(e => "/" + string.Join('/', e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(Part)))))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Part(Microsoft.AspNetCore.Routing.Patterns.RoutePatternPart part) => part switch
    {
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
        _ => part.ToString()!,
    };

    private static IEnumerable<string> Expand(string route, Guid caseId)
    {
        var withCase = route.Replace("{CaseId}", caseId.ToString(), StringComparison.Ordinal).Replace("{caseId}", caseId.ToString(), StringComparison.Ordinal);
        return withCase.Contains("{Partner}", StringComparison.Ordinal)
            ? new[] { "betrayed", "involved" }.Select(p => withCase.Replace("{Partner}", p, StringComparison.Ordinal))
            : new[] { withCase };
    }

    /// <summary>The expectation for each case route; a new route fails here until its rule is written down.</summary>
    private static bool MaySee(string route, string url, DemoAccount person, Case demoCase)
    {
        var roles = demoCase.RolesOf(PersonIdOf(person, demoCase));
        var administers = person.Kind == PersonKind.PracticeAdministrator;
        var isMember = roles.Count > 0;
        return route switch
        {
            "/cases/{CaseId}" or "/api/cases/{caseId}" => isMember || administers,
            "/cases/{CaseId}/team" => administers || roles.Any(r => r.IsProfessional()),
            "/cases/{CaseId}/policies" or "/cases/{CaseId}/authorizations" or "/api/cases/{caseId}/authorizations" => isMember,
            "/cases/{CaseId}/timeline" or "/api/cases/{caseId}/timeline" => isMember || administers,
            "/cases/{CaseId}/items/new" => isMember,
            "/cases/{CaseId}/agreements" or "/api/cases/{caseId}/agreements" => isMember || administers,
            "/cases/{CaseId}/agreements/new" => roles.Any(r => r.IsPartner()),
            "/cases/{CaseId}/disclosures" or "/api/cases/{caseId}/disclosures" => isMember || administers,
            "/cases/{CaseId}/check-ins" or "/api/cases/{caseId}/check-ins" => isMember || administers,
            "/cases/{CaseId}/homework" or "/api/cases/{caseId}/homework" => isMember || administers,
            "/cases/{CaseId}/joint-session" or "/api/cases/{caseId}/joint-session" => isMember || administers,
            "/cases/{CaseId}/sessions" or "/api/cases/{caseId}/sessions" => isMember || administers,
            "/api/cases/{caseId}/slots" => roles.Any(r => r.IsProfessional()),
            "/cases/{CaseId}/disclosure" or "/cases/{CaseId}/meetings" or "/api/cases/{caseId}/meeting-requests" => isMember,
            "/api/cases/{caseId}/disclosure" => isMember && demoCase.Label == "Holt", // the one disclosure under way, read by the whole team under both partners' standard authorizations
            "/cases/{CaseId}/balance" or "/api/cases/{caseId}/balance" => isMember || administers,
            "/cases/{CaseId}/partners/{Partner}" => PartnerPageAccess.MayView(roles, url.EndsWith("/betrayed", StringComparison.Ordinal) ? PartnerRole.BetrayedPartner : PartnerRole.InvolvedPartner),
            _ => throw new InvalidOperationException($"Write down who may see {route}."),
        };
    }

    private static PersonId PersonIdOf(DemoAccount person, Case demoCase) =>
        demoCase.Memberships.FirstOrDefault(m => m.InvitedEmail == person.Email && m.PersonId is not null)?.PersonId ?? PersonId.New();

    private async Task<Dictionary<string, Case>> DemoCasesAsync()
    {
        using var scope = app.Services.CreateScope();
        return await FourfoldAppFactory.SystemDb(scope).Cases.AsNoTracking().ToDictionaryAsync(c => c.Label);
    }
}

public sealed class CaseIsolationTestsOnSqlite(SqliteApp app) : CaseIsolationTests(app), IClassFixture<SqliteApp>;

public sealed class CaseIsolationTestsOnPostgres(PostgresApp app) : CaseIsolationTests(app), IClassFixture<PostgresApp>;
