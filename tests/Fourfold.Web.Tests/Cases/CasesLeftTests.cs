using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Cases;

/// <summary>
/// DESIGN section 3, rule 2, after someone's place on a team ends: what they wrote and the records they keep stay
/// theirs to read, through the case's one door; nothing else of the case reaches them.
/// </summary>
public abstract class CasesLeftTests(FourfoldAppFactory app)
{
    private static string Yesterday => DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task AProfessionalWhoseTherapyEnded_ReadsTheirOwnRecordsAndNotes_AndNothingOthersWrote()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var alex = await app.SignedInAsync(DemoAccounts.AlexKim);
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        Assert.Equal(HttpStatusCode.Created, (await alex.PostAsJsonAsync($"/api/cases/{holt}/items", new
        {
            kind = "SessionSummary",
            subject = "InvolvedPartner",
            audience = new[] { "CouplesTherapist" },
            title = "Alex: closing summary",
            body = "Chris finished the first phase of individual work.",
            occurredOn = Yesterday,
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await alex.PostAsJsonAsync($"/api/cases/{holt}/items", new
        {
            kind = "PsychotherapyNote",
            subject = "InvolvedPartner",
            audience = Array.Empty<string>(),
            title = "Alex: private process note",
            body = "My own impressions.",
            occurredOn = Yesterday,
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await maya.PostAsJsonAsync($"/api/cases/{holt}/items", new
        {
            kind = "SessionSummary",
            subject = "InvolvedPartner",
            audience = new[] { "SupportOfInvolvedPartner" },
            title = "Maya: for Chris's therapist",
            body = "Shared while Alex was on the team.",
            occurredOn = Yesterday,
        })).StatusCode);
        Assert.Contains("Maya: for Chris", await alex.GetStringAsync($"/cases/{holt}/timeline"), StringComparison.Ordinal);

        var place = await MembershipAsync(holt, DemoAccounts.AlexKim.Email);
        Assert.Equal(HttpStatusCode.NoContent, (await maya.PostAsJsonAsync($"/api/cases/{holt}/members/{place}/end", new { reason = "Chris chose another therapist." })).StatusCode);

        var alexAgain = await app.SignedInAsync(DemoAccounts.AlexKim);
        Assert.Contains("href=\"/cases/left\"", await alexAgain.GetStringAsync("/"), StringComparison.Ordinal);
        var before = await LastAuditSequenceAsync();
        var left = await alexAgain.GetStringAsync("/cases/left");

        Assert.Contains("Alex: closing summary", left, StringComparison.Ordinal);
        Assert.Contains("Chris finished the first phase", left, StringComparison.Ordinal);
        Assert.Contains("Alex: private process note", left, StringComparison.Ordinal);
        Assert.DoesNotContain("Maya: for Chris", left, StringComparison.Ordinal);
        Assert.DoesNotContain("Shared while Alex", left, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await alexAgain.GetAsync($"/cases/{holt}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await alexAgain.GetAsync($"/api/cases/{holt}/timeline")).StatusCode);
        var refused = await alexAgain.PostAsJsonAsync($"/api/cases/{holt}/items", new
        {
            kind = "SessionSummary",
            subject = "InvolvedPartner",
            audience = new[] { "CouplesTherapist" },
            title = "Written after leaving",
            body = "Should not be saved.",
            occurredOn = Yesterday,
        });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var alexId = (await db.Users.SingleAsync(u => u.Email == DemoAccounts.AlexKim.Email)).Id;
        // The page's own reads, not those of the story he opened while still on the team.
        var reads = await db.AuditEvents.Where(e => e.Sequence > before && e.ActorId == alexId && e.Action == "ReadItems" && e.AuditedCaseId == holt).ToListAsync();
        var read = Assert.Single(reads);
        Assert.Equal("Succeeded", read.Outcome);
        Assert.Contains("RecordHolder", read.Items, StringComparison.Ordinal);
        Assert.Contains("PsychotherapyNoteHolder", read.Items, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APartnerWhosePlaceEnded_ReadsWhatTheyWrote_AndSomeoneOnTheCaseSeesNoLink()
    {
        var reed = await Sharing.CaseIdAsync(app, "Reed");
        var casey = await app.SignedInAsync(DemoAccounts.CaseyReed);
        Assert.Equal(HttpStatusCode.Created, (await casey.PostAsJsonAsync($"/api/cases/{reed}/items", new
        {
            kind = "HistoryEntry",
            subject = "InvolvedPartner",
            audience = new[] { "CouplesTherapist" },
            title = "Casey: what I want Maya to know",
            body = "The first weeks were the hardest.",
            occurredOn = Yesterday,
        })).StatusCode);
        var morgan = await app.SignedInAsync(DemoAccounts.MorganReed);
        Assert.DoesNotContain("/cases/left", await morgan.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("You have not left any case", await morgan.GetStringAsync("/cases/left"), StringComparison.Ordinal);

        var place = await MembershipAsync(reed, DemoAccounts.CaseyReed.Email);
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        Assert.Equal(HttpStatusCode.NoContent, (await maya.PostAsJsonAsync($"/api/cases/{reed}/members/{place}/end", new { reason = "The couple separated." })).StatusCode);

        var caseyAgain = await app.SignedInAsync(DemoAccounts.CaseyReed);
        var left = await caseyAgain.GetStringAsync("/cases/left");
        Assert.Contains("Casey: what I want Maya to know", left, StringComparison.Ordinal);
        Assert.Contains("The first weeks were the hardest.", left, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await caseyAgain.GetAsync($"/cases/{reed}/sessions")).StatusCode);
    }

    private async Task<long> LastAuditSequenceAsync()
    {
        using var scope = app.Services.CreateScope();
        return await FourfoldAppFactory.SystemDb(scope).AuditEvents.MaxAsync(e => e.Sequence);
    }

    private async Task<Guid> MembershipAsync(Guid caseId, string email)
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var person = await db.Users.SingleAsync(u => u.Email == email);
        var id = Domain.Cases.CaseId.From(caseId);
        return await db.CaseMemberships.Where(m => m.CaseId == id && m.PersonId == person.PersonId && m.Status == Domain.Cases.MembershipStatus.Active).Select(m => m.Id).FirstAsync();
    }
}

public sealed class CasesLeftTestsOnSqlite(SqliteApp app) : CasesLeftTests(app), IClassFixture<SqliteApp>;

public sealed class CasesLeftTestsOnPostgres(PostgresApp app) : CasesLeftTests(app), IClassFixture<PostgresApp>;
