using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Data.Encryption;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Fourfold.Web.Tests.Logging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fourfold.Web.Tests.Encryption;

public interface IKeepsLogs
{
    LogCapture Logs { get; }
}

public sealed class SqliteAppKeepingLogs : SqliteApp, IKeepsLogs
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureMore(IWebHostBuilder builder) => builder.ConfigureLogging(logging => logging.AddProvider(Logs));
}

public sealed class PostgresAppKeepingLogs : PostgresApp, IKeepsLogs
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureMore(IWebHostBuilder builder) => builder.ConfigureLogging(logging => logging.AddProvider(Logs));
}

/// <summary>One item whose text cannot be decrypted (its key left the ring, its value was damaged) is left out and logged; the rest of the story shows.</summary>
public abstract class UnreadableItemTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task AnUnreadableItem_IsLeftOutOfTheStory_AndLogged_AndTheRestShows()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var before = await IdsAsync(maya, holt);
        Guid broken;
        string original;
        using (var scope = app.Services.CreateScope())
        {
            var db = FourfoldAppFactory.SystemDb(scope);
            var listed = before.Select(Domain.Records.ItemId.From).ToList();
            broken = (await db.ClinicalItems.Where(i => listed.Contains(i.Id)).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync()).Value;
            original = await db.ClinicalItems.Where(i => i.Id == Domain.Records.ItemId.From(broken)).Select(i => EF.Property<string>(i, nameof(WrittenItem.Title))).SingleAsync();
            var underALostKey = new KeyRing(new Dictionary<string, byte[]> { ["k9"] = new byte[32] }, "k9")
                .Protect("a title", EncryptedFields.ItemAssociatedData(typeof(ClinicalItem), nameof(WrittenItem.Title), broken));
            await db.ClinicalItems.Where(i => i.Id == Domain.Records.ItemId.From(broken)).ExecuteUpdateAsync(s => s.SetProperty(i => EF.Property<string>(i, nameof(WrittenItem.Title)), underALostKey));
        }

        try
        {
            long sequence;
            using (var scope = app.Services.CreateScope())
            {
                sequence = await FourfoldAppFactory.SystemDb(scope).AuditEvents.MaxAsync(e => e.Sequence);
            }

            var after = await IdsAsync(maya, holt);

            Assert.Equal(before.Where(id => id != broken), after);
            using (var scope = app.Services.CreateScope())
            {
                // Only what was shown is recorded as read.
                var read = await FourfoldAppFactory.SystemDb(scope).AuditEvents
                    .SingleAsync(e => e.Sequence > sequence && e.Action == "ReadItems" && e.AuditedCaseId == holt);
                Assert.DoesNotContain(broken.ToString(), read.Items, StringComparison.OrdinalIgnoreCase);
                Assert.Contains(after[0].ToString(), read.Items, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Contains(((IKeepsLogs)app).Logs.Lines, line => line.Contains($"Item {broken} could not be decrypted (key 'k9'", StringComparison.Ordinal));
        }
        finally
        {
            using var scope = app.Services.CreateScope();
            await FourfoldAppFactory.SystemDb(scope).ClinicalItems.Where(i => i.Id == Domain.Records.ItemId.From(broken))
                .ExecuteUpdateAsync(s => s.SetProperty(i => EF.Property<string>(i, nameof(WrittenItem.Title)), original));
        }

        Assert.Equal(before, await IdsAsync(maya, holt));
    }

    [Fact]
    public async Task AnUnreadableItemsOwnPage_SaysSoCalmly_TheApiAnswers503_AndItsHolderCannotOverwriteIt()
    {
        var holt = await Sharing.CaseIdAsync(app, "Holt");
        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var visible = await IdsAsync(maya, holt);
        Guid broken;
        string original;
        int version;
        using (var scope = app.Services.CreateScope())
        {
            var db = FourfoldAppFactory.SystemDb(scope);
            var mayaId = (await db.Users.SingleAsync(u => u.Email == DemoAccounts.MayaLee.Email)).Id;
            var listed = visible.Select(Domain.Records.ItemId.From).ToList();
            var held = await db.ClinicalItems.Where(i => listed.Contains(i.Id)).ToListAsync();
            var item = held.First(i => i.Holder.Value == mayaId);
            (broken, version) = (item.Id.Value, item.Version);
            original = await db.ClinicalItems.Where(i => i.Id == Domain.Records.ItemId.From(broken)).Select(i => EF.Property<string>(i, nameof(WrittenItem.Body))).SingleAsync();
            var underALostKey = new KeyRing(new Dictionary<string, byte[]> { ["k9"] = new byte[32] }, "k9")
                .Protect("a body", EncryptedFields.ItemAssociatedData(typeof(ClinicalItem), nameof(WrittenItem.Body), broken));
            await db.ClinicalItems.Where(i => i.Id == Domain.Records.ItemId.From(broken)).ExecuteUpdateAsync(s => s.SetProperty(i => EF.Property<string>(i, nameof(WrittenItem.Body)), underALostKey));
        }

        try
        {
            long sequence;
            using (var before = app.Services.CreateScope())
            {
                sequence = await FourfoldAppFactory.SystemDb(before).AuditEvents.MaxAsync(e => e.Sequence);
            }

            var page = await maya.GetAsync($"/items/{broken}");
            Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
            var text = await page.Content.ReadAsStringAsync();
            Assert.Contains("cannot be shown right now", text, StringComparison.Ordinal);
            Assert.Contains(broken.ToString(), text, StringComparison.Ordinal);
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, (await maya.GetAsync($"/api/items/{broken}")).StatusCode);
            Assert.Equal($"/items/{broken}", (await maya.GetAsync($"/items/{broken}/edit")).RedirectPath());
            var edit = await maya.PutAsJsonAsync($"/api/items/{broken}", new { version, audience = new[] { "CouplesTherapist" }, title = "Overwritten", body = "Overwritten", occurredOn = "2026-01-05" });
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, edit.StatusCode);
            var sam = await app.SignedInAsync(DemoAccounts.SamOrtiz);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await sam.PutAsJsonAsync($"/api/items/{broken}", new { version, title = "x", body = "x", occurredOn = "2026-01-05" })).StatusCode);

            using var scope = app.Services.CreateScope();
            var db = FourfoldAppFactory.SystemDb(scope);
            Assert.False(await db.AuditEvents.AnyAsync(e => e.Sequence > sequence && e.Action == "ReadItem" && e.ItemId == broken));
            Assert.Equal(version, await db.ClinicalItems.Where(i => i.Id == Domain.Records.ItemId.From(broken)).Select(i => i.Version).SingleAsync());
        }
        finally
        {
            using var scope = app.Services.CreateScope();
            await FourfoldAppFactory.SystemDb(scope).ClinicalItems.Where(i => i.Id == Domain.Records.ItemId.From(broken))
                .ExecuteUpdateAsync(s => s.SetProperty(i => EF.Property<string>(i, nameof(WrittenItem.Body)), original));
        }

        Assert.Equal(System.Net.HttpStatusCode.OK, (await maya.GetAsync($"/api/items/{broken}")).StatusCode);
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient reader, Guid caseId)
    {
        var timeline = await reader.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/timeline?limit=100");
        var ids = timeline.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.True(ids.Count >= 3);
        return ids;
    }
}

public sealed class UnreadableItemTestsOnSqlite(SqliteAppKeepingLogs app) : UnreadableItemTests(app), IClassFixture<SqliteAppKeepingLogs>;

public sealed class UnreadableItemTestsOnPostgres(PostgresAppKeepingLogs app) : UnreadableItemTests(app), IClassFixture<PostgresAppKeepingLogs>;
