using System.Net;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;

namespace Fourfold.Web.Tests.Cases;

/// <summary>A partner's first visit says what happens next for them, and nothing that does not apply; professionals see no such list.</summary>
public abstract class NextStepsTests(FourfoldAppFactory app)
{
    private const string Policies = "Read the couples therapist's policies and say you have.";
    private const string OwnSupport = "Find a therapist or coach of your own.";
    private const string Sharing = "Choose what your team may see.";
    private const string NextSession = "Your next session:";

    public static TheoryData<string, string, string[], string[]> Expectations => new()
    {
        { DemoAccounts.MorganReed.Email, "Reed", [Policies, OwnSupport, Sharing], [NextSession] },
        { DemoAccounts.CaseyReed.Email, "Reed", [Policies, Sharing], [OwnSupport, NextSession] },
        { DemoAccounts.DanaHolt.Email, "Holt", [NextSession, "Join:"], [Policies, OwnSupport, Sharing] },
        { DemoAccounts.RileyPark.Email, "Park", [Sharing], [Policies, OwnSupport, NextSession, "Sessions with the couples therapist", "Couples therapist's policies"] },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public async Task APartnersCasePage_ListsTheStepsThatApplyToThem(string email, string caseLabel, string[] shown, string[] notShown)
    {
        var partner = await app.SignedInAsync(DemoAccounts.All.Single(a => a.Email == email));
        var response = await partner.GetAsync($"/cases/{await Infrastructure.Sharing.CaseIdAsync(app, caseLabel)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("What happens next", page, StringComparison.Ordinal);
        Assert.All(shown, text => Assert.Contains(text, page, StringComparison.Ordinal));
        Assert.All(notShown, text => Assert.DoesNotContain(text, page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APartnerSeesThemselfAsYou_AndTheOthersByWhatTheyAreToThem_AProfessionalSeesRoles()
    {
        var holt = await Infrastructure.Sharing.CaseIdAsync(app, "Holt");
        var dana = WebUtility.HtmlDecode(await (await app.SignedInAsync(DemoAccounts.DanaHolt)).GetStringAsync($"/cases/{holt}"));
        foreach (var words in new[] { "Your partner", "Your therapist", "Your partner's therapist", "Your couples therapist" })
        {
            Assert.Contains($"<p class=\"person__role\">{words}</p>", dana, StringComparison.Ordinal);
        }

        var danasSessions = WebUtility.HtmlDecode(await (await app.SignedInAsync(DemoAccounts.DanaHolt)).GetStringAsync($"/cases/{holt}/sessions?past=true"));
        Assert.Contains("Chris Holt <span class=\"muted\">· Your partner", danasSessions, StringComparison.Ordinal);
        Assert.Contains("Dr. Maya Lee <span class=\"muted\">· Your couples therapist", danasSessions, StringComparison.Ordinal);

        var maya = await (await app.SignedInAsync(DemoAccounts.MayaLee)).GetStringAsync($"/cases/{holt}");
        Assert.DoesNotContain("What happens next", maya, StringComparison.Ordinal);
        Assert.Contains("<p class=\"person__role\">Betrayed partner</p>", maya, StringComparison.Ordinal);
    }
}

public sealed class NextStepsTestsOnSqlite(SqliteApp app) : NextStepsTests(app), IClassFixture<SqliteApp>;

public sealed class NextStepsTestsOnPostgres(PostgresApp app) : NextStepsTests(app), IClassFixture<PostgresApp>;
