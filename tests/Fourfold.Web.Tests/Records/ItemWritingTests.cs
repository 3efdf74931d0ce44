using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Records;

public abstract class ItemWritingTests(FourfoldAppFactory app)
{
    // Yesterday in UTC is already past in every author's zone, at any hour the tests run.
    private static string Today => DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task BadInput_IsRefusedFieldByField_AndNothingIsSaved()
    {
        var park = await Sharing.CaseIdAsync(app, "Park");
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var before = await CountAsync();

        var response = await sam.PostAsJsonAsync($"/api/cases/{park}/items", new
        {
            kind = "SessionSummary",
            subject = "BetrayedPartner",
            audience = new[] { "CouplesTherapist" },
            title = "",
            body = new string('x', 20_001),
            occurredOn = "2999-01-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("short title", errors.GetProperty("title")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("20,000", errors.GetProperty("body")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("future", errors.GetProperty("occurredOn")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("partners you support", errors.GetProperty("subject")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("team", errors.GetProperty("audience")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task APartnerWritesHistory_NotSummaries_AndAPsychotherapyNoteCannotBeShared()
    {
        var park = await Sharing.CaseIdAsync(app, "Park");
        var riley = await app.SignedInAsync(DemoAccounts.RileyPark);
        var summary = await riley.PostAsJsonAsync($"/api/cases/{park}/items", Draft("SessionSummary", "BetrayedPartner", [], "A summary"));
        Assert.Contains("Partners write history entries", await summary.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var note = await sam.PostAsJsonAsync($"/api/cases/{park}/items", Draft("PsychotherapyNote", "InvolvedPartner", ["SupportOfBetrayedPartner"], "A note"));
        Assert.Equal(HttpStatusCode.BadRequest, note.StatusCode);
        Assert.Contains("for you alone", await note.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var jordan = await app.SignedInAsync(DemoAccounts.JordanBlake);
        var coachNote = await jordan.PostAsJsonAsync($"/api/cases/{park}/items", Draft("PsychotherapyNote", "BetrayedPartner", [], "A note"));
        Assert.Contains("kept by therapists", await coachNote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditsKeepVersions_AndAStaleEditIsRefusedWithoutOverwriting()
    {
        var park = await Sharing.CaseIdAsync(app, "Park");
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var created = await sam.PostAsJsonAsync($"/api/cases/{park}/items", Draft("SessionSummary", "InvolvedPartner", [], "Relapse plan"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var first = await sam.PutAsJsonAsync($"/api/items/{id}", Edit(1, "Relapse plan, revised", ["SupportOfBetrayedPartner"]));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var stale = await sam.PutAsJsonAsync($"/api/items/{id}", Edit(1, "An edit from an old page", []));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("newer version", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var item = await sam.GetFromJsonAsync<JsonElement>($"/api/items/{id}");
        Assert.Equal("Relapse plan, revised", item.GetProperty("item").GetProperty("title").GetString());
        Assert.Equal(2, item.GetProperty("item").GetProperty("version").GetInt32());
        Assert.Equal([2, 1], item.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal(0, item.GetProperty("readBy").GetArrayLength());

        var jordan = await app.SignedInAsync(DemoAccounts.JordanBlake);
        Assert.Equal(HttpStatusCode.NotFound, (await jordan.PutAsJsonAsync($"/api/items/{id}", Edit(2, "Not mine", []))).StatusCode);
        var asReader = await jordan.GetFromJsonAsync<JsonElement>($"/api/items/{id}");
        Assert.Equal(JsonValueKind.Null, asReader.GetProperty("versions").ValueKind);
        Assert.DoesNotContain("Relapse plan\"", asReader.GetRawText(), StringComparison.Ordinal);
        var readBy = (await sam.GetFromJsonAsync<JsonElement>($"/api/items/{id}")).GetProperty("readBy");
        Assert.Equal("Jordan Blake", readBy[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task ItemText_IsStoredOnlyAsCiphertext_InItemsAndVersions()
    {
        const string Marker = "a phrase only this note contains";
        var park = await Sharing.CaseIdAsync(app, "Park");
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var created = await sam.PostAsJsonAsync($"/api/cases/{park}/items", Draft("PsychotherapyNote", "InvolvedPartner", [], Marker));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await sam.PutAsJsonAsync($"/api/items/{id}", Edit(1, Marker + " (edited)", []))).StatusCode);

        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var stored = await db.PsychotherapyNotes.Where(n => n.Id == Domain.Records.ItemId.From(id)).Select(n => EF.Property<string>(n, "Title")).SingleAsync();
        Assert.StartsWith("enc1:", stored, StringComparison.Ordinal);
        Assert.Equal(Marker + " (edited)", (await db.PsychotherapyNotes.SingleAsync(n => n.Id == Domain.Records.ItemId.From(id))).Title);
        if (app is SqliteApp sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqlite.DatabaseFile, sqlite.DatabaseFile + "-wal" }.Where(File.Exists))
            {
                Assert.DoesNotContain(Marker, Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task ANamedPersonInTheAudience_ReadsIt_OthersInNoRoleOfItDoNot_AndUnnamingThemTakesItBack()
    {
        var park = await Sharing.CaseIdAsync(app, "Park");
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var jordan = await app.SignedInAsync(DemoAccounts.JordanBlake);
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var jordanId = await PersonAsync(DemoAccounts.JordanBlake.Email);
        var draft = new { kind = "SessionSummary", subject = "InvolvedPartner", audience = Array.Empty<string>(), audiencePeople = new[] { jordanId }, title = "For Jordan by name", body = "Some text.", occurredOn = Today };

        var stranger = await sam.PostAsJsonAsync($"/api/cases/{park}/items", draft with { audiencePeople = new[] { Guid.NewGuid() } });
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        var problem = await stranger.Content.ReadAsStringAsync();
        Assert.Contains("\"audience\"", problem, StringComparison.Ordinal);

        var created = await sam.PostAsJsonAsync($"/api/cases/{park}/items", draft);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var read = await jordan.GetFromJsonAsync<JsonElement>($"/api/items/{id}");
        Assert.Equal([jordanId], read.GetProperty("item").GetProperty("audiencePeople").EnumerateArray().Select(p => p.GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await maya.GetAsync($"/api/items/{id}")).StatusCode);

        var retitled = await sam.PutAsJsonAsync($"/api/items/{id}", new { version = 1, audience = Array.Empty<string>(), title = "For Jordan, by name", body = "Some text.", occurredOn = Today });
        Assert.Equal(HttpStatusCode.OK, retitled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await jordan.GetAsync($"/api/items/{id}")).StatusCode);

        var unnamed = await sam.PutAsJsonAsync($"/api/items/{id}", new { version = 2, audience = Array.Empty<string>(), audiencePeople = Array.Empty<Guid>(), title = "For Jordan by name", body = "Some text.", occurredOn = Today });
        Assert.Equal(HttpStatusCode.OK, unnamed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jordan.GetAsync($"/api/items/{id}")).StatusCode);
    }

    [Fact]
    public async Task RefusedWritesAndEdits_AnswerNotFound_AreRecorded_AndReadNothing()
    {
        var park = await Sharing.CaseIdAsync(app, "Park");
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var created = await sam.PostAsJsonAsync($"/api/cases/{park}/items", Draft("SessionSummary", "InvolvedPartner", ["SupportOfBetrayedPartner"], "For the team"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var jordan = await app.SignedInAsync(DemoAccounts.JordanBlake);
        var jordanId = await PersonAsync(DemoAccounts.JordanBlake.Email);
        var before = await RefusalsAsync(jordanId);

        Assert.Equal(HttpStatusCode.NotFound, (await jordan.GetAsync($"/items/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jordan.PutAsJsonAsync($"/api/items/{id}", Edit(1, "Not mine", []))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jordan.PutAsJsonAsync($"/api/items/{Guid.NewGuid()}", Edit(1, "No such item", []))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jordan.PostAsJsonAsync($"/api/cases/{holt}/items", Draft("SessionSummary", "BetrayedPartner", [], "Not my case"))).StatusCode);

        Assert.Equal(
            ["ItemEdited:NotHolder", "ItemEdited:NotHolder", "ItemEdited:UnknownItem", "ItemWritten:NotOnCase"],
            (await RefusalsAsync(jordanId)).Skip(before.Count).ToList());
        var details = await sam.GetFromJsonAsync<JsonElement>($"/api/items/{id}");
        Assert.DoesNotContain(details.GetProperty("readBy").EnumerateArray(), r => r.GetProperty("name").GetString() == "Jordan Blake");
    }

    private async Task<Guid> PersonAsync(string email)
    {
        using var scope = app.Services.CreateScope();
        return (await FourfoldAppFactory.SystemDb(scope).Users.SingleAsync(u => u.Email == email)).Id;
    }

    private async Task<List<string>> RefusalsAsync(Guid person)
    {
        using var scope = app.Services.CreateScope();
        return await FourfoldAppFactory.SystemDb(scope).AuditEvents
            .Where(e => e.ActorId == person && e.Outcome == "Denied" && (e.Action == "ItemEdited" || e.Action == "ItemWritten"))
            .OrderBy(e => e.Sequence).Select(e => e.Action + ":" + e.Rule).ToListAsync();
    }

    [Fact]
    public async Task TextThatLooksLikeCiphertext_IsStillEncrypted_AndReadBackAsWritten()
    {
        const string Title = "enc1:k1:not really ciphertext";
        var park = await Sharing.CaseIdAsync(app, "Park");
        var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
        var created = await sam.PostAsJsonAsync($"/api/cases/{park}/items", Draft("SessionSummary", "InvolvedPartner", [], Title));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await sam.PutAsJsonAsync($"/api/items/{id}", Edit(1, Title + " again", []))).StatusCode);

        var read = await sam.GetFromJsonAsync<JsonElement>($"/api/items/{id}");
        Assert.Equal(Title + " again", read.GetProperty("item").GetProperty("title").GetString());
        Assert.Equal(Title, read.GetProperty("versions")[1].GetProperty("title").GetString());
        using var scope = app.Services.CreateScope();
        var stored = await FourfoldAppFactory.SystemDb(scope).ClinicalItems.Where(i => i.Id == Domain.Records.ItemId.From(id)).Select(i => EF.Property<string>(i, "Title")).SingleAsync();
        Assert.DoesNotContain("not really", stored, StringComparison.Ordinal);
    }

    private static object Draft(string kind, string subject, string[] audience, string title) =>
        new { kind, subject, audience, title, body = "Some **text**.", occurredOn = Today };

    private static object Edit(int version, string title, string[] audience) =>
        new { version, audience, title, body = "Some **text**, edited.", occurredOn = Today };

    private async Task<int> CountAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        return await db.ClinicalItems.CountAsync() + await db.PsychotherapyNotes.CountAsync();
    }
}

public sealed class ItemWritingTestsOnSqlite(SqliteApp app) : ItemWritingTests(app), IClassFixture<SqliteApp>;

public sealed class ItemWritingTestsOnPostgres(PostgresApp app) : ItemWritingTests(app), IClassFixture<PostgresApp>;
