using Fourfold.Data.Encryption;
using Fourfold.Domain.Authorizations;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Encryption;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Encryption;

/// <summary>An installation that added key k2 and made it active, while values under k1 remain.</summary>
public sealed class AppWithASecondKey : SqliteApp
{
    /// <summary>Its demo data is written by the app under its own settings.</summary>
    protected override bool StartsFromTemplate => false;

    protected override void ConfigureMore(IWebHostBuilder builder)
    {
        builder.UseSetting("Encryption:Keys:k2", Convert.ToBase64String("a second key of thirty-two bytes"u8.ToArray()));
        builder.UseSetting("Encryption:ActiveKey", "k2");
    }
}

public sealed class KeyRotationTests(AppWithASecondKey app) : IClassFixture<AppWithASecondKey>
{
    [Fact]
    public void KeyRing_DecryptsUnderEveryKeyItHolds_AndRefusesOtherRowsAndUnknownKeys()
    {
        var old = new KeyRing(new Dictionary<string, byte[]> { ["k1"] = FourfoldAppFactory.FirstEncryptionKey }, "k1");
        var rotated = new KeyRing(new Dictionary<string, byte[]> { ["k1"] = FourfoldAppFactory.FirstEncryptionKey, ["k2"] = new byte[32] }, "k2");
        var stored = old.Protect("the signed words", "row-1");

        Assert.Equal("the signed words", rotated.Unprotect(stored, "row-1"));
        Assert.Equal("k2", KeyRing.KeyIdOf(rotated.Protect("x", "row-1")));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => rotated.Unprotect(stored, "row-2"));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() =>
            new KeyRing(new Dictionary<string, byte[]> { ["k3"] = new byte[32] }, "k3").Unprotect(stored, "row-1"));
    }

    [Fact]
    public async Task ReencryptCommand_MovesValuesUnderAnOldKeyToTheActiveOne()
    {
        var id = await SignAsync();
        string signedText;
        using (var scope = app.Services.CreateScope())
        {
            var db = FourfoldAppFactory.SystemDb(scope);
            var authorization = await db.Authorizations.SingleAsync(a => a.Id == id);
            signedText = authorization.SignedText;
            var underOldKey = new KeyRing(new Dictionary<string, byte[]> { ["k1"] = FourfoldAppFactory.FirstEncryptionKey }, "k1")
                .Protect(signedText, EncryptedFields.AssociatedData(authorization));
            await db.Authorizations.Where(a => a.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => EF.Property<string>(a, nameof(Authorization.SignedText)), underOldKey));
        }

        var (itemId, itemTitle) = await PutAnItemUnderTheOldKeyAsync();
        var assessmentId = await PutAnAssessmentNameUnderTheOldKeyAsync();
        var (sessionId, place) = await PutAPlaceUnderTheOldKeyAsync();

        Assert.Equal("k1", KeyRing.KeyIdOf(await RawAsync(id)));
        var exit = await EncryptionCommands.RunAsync(app.Services, ["encryption", "reencrypt"]);

        Assert.Equal(0, exit);
        Assert.Equal("k2", KeyRing.KeyIdOf(await RawAsync(id)));
        using (var items = app.Services.CreateScope())
        {
            var db = FourfoldAppFactory.SystemDb(items);
            Assert.Equal("k2", KeyRing.KeyIdOf(await db.ClinicalItems.Where(i => i.Id == Domain.Records.ItemId.From(itemId)).Select(i => EF.Property<string>(i, "Title")).SingleAsync()));
            Assert.Equal(itemTitle, (await db.ClinicalItems.SingleAsync(i => i.Id == Domain.Records.ItemId.From(itemId))).Title);
            Assert.Equal("k2", KeyRing.KeyIdOf(await db.ClinicalItems.Where(i => i.Id == Domain.Records.ItemId.From(assessmentId)).Select(i => EF.Property<string>(i, "AssessmentUsed")).SingleAsync()));
            Assert.Equal("k2", KeyRing.KeyIdOf(await db.Sessions.Where(x => x.Id == Domain.Scheduling.SessionId.From(sessionId)).Select(x => EF.Property<string>(x, "Place")).SingleAsync()));
            Assert.Equal(place, (await db.Sessions.SingleAsync(x => x.Id == Domain.Scheduling.SessionId.From(sessionId))).Place);
            var recorded = await db.AuditEvents.OrderByDescending(e => e.Sequence).FirstAsync();
            Assert.Equal("DataReencrypted", recorded.Action);
            Assert.StartsWith("k2:1/", recorded.Rule, StringComparison.Ordinal);
            Assert.True((await items.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None)).IsIntact);
        }

        using var check = app.Services.CreateScope();
        Assert.Equal(signedText, (await FourfoldAppFactory.SystemDb(check).Authorizations.SingleAsync(a => a.Id == id)).SignedText);
    }

    private async Task<(Guid Id, string Place)> PutAPlaceUnderTheOldKeyAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var session = await db.Sessions.AsNoTracking().Where(x => EF.Property<string?>(x, "Place") != null).OrderBy(x => x.Id).FirstAsync();
        var underOldKey = new KeyRing(new Dictionary<string, byte[]> { ["k1"] = FourfoldAppFactory.FirstEncryptionKey }, "k1")
            .Protect(session.Place!, EncryptedFields.ItemAssociatedData(typeof(Domain.Scheduling.Session), "Place", session.Id.Value));
        await db.Sessions.Where(x => x.Id == session.Id).ExecuteUpdateAsync(x => x.SetProperty(y => EF.Property<string>(y, "Place"), underOldKey));
        return (session.Id.Value, session.Place!);
    }

    /// <summary>Only the assessment's name is under the old key: the command must find it by that field alone.</summary>
    private async Task<Guid> PutAnAssessmentNameUnderTheOldKeyAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var item = await db.ClinicalItems.AsNoTracking().Where(i => i.Kind == Domain.Records.ItemKind.AssessmentSummary).OrderByDescending(i => i.Id).FirstAsync();
        var underOldKey = new KeyRing(new Dictionary<string, byte[]> { ["k1"] = FourfoldAppFactory.FirstEncryptionKey }, "k1")
            .Protect(item.AssessmentUsed!, EncryptedFields.ItemAssociatedData(typeof(Domain.Records.ClinicalItem), "AssessmentUsed", item.Id.Value));
        await db.ClinicalItems.Where(i => i.Id == item.Id).ExecuteUpdateAsync(s => s.SetProperty(i => EF.Property<string>(i, "AssessmentUsed"), underOldKey));
        return item.Id.Value;
    }

    private async Task<(Guid Id, string Title)> PutAnItemUnderTheOldKeyAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var item = await db.ClinicalItems.AsNoTracking().OrderBy(i => i.Id).FirstAsync();
        var underOldKey = new KeyRing(new Dictionary<string, byte[]> { ["k1"] = FourfoldAppFactory.FirstEncryptionKey }, "k1")
            .Protect(item.Title, EncryptedFields.ItemAssociatedData(typeof(Domain.Records.ClinicalItem), "Title", item.Id.Value));
        await db.ClinicalItems.Where(i => i.Id == item.Id).ExecuteUpdateAsync(s => s.SetProperty(i => EF.Property<string>(i, "Title"), underOldKey));
        return (item.Id.Value, item.Title);
    }

    private async Task<string> RawAsync(AuthorizationId id)
    {
        using var scope = app.Services.CreateScope();
        return await FourfoldAppFactory.SystemDb(scope).Authorizations.Where(a => a.Id == id)
            .Select(a => EF.Property<string>(a, nameof(Authorization.SignedText))).SingleAsync();
    }

    private async Task<AuthorizationId> SignAsync() =>
        await Sharing.SignAsync(app, await app.SignedInAsync(DemoAccounts.AveryPark), DemoAccounts.AveryPark, "Park", ["SupportOfBetrayedPartner"], ["Attendance"], "Scheduling");
}
