using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Fourfold.Domain.Authorizations;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Authorizations;

public abstract partial class AuthorizationTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task Partner_PreviewsAndSignsTheStandardTeamAuthorization_WhichIsKeptWithItsTextAndHashAndAudited()
    {
        var riley = await app.SignedInAsync(DemoAccounts.RileyPark);
        var page = await PageAsync("Park");

        var previewed = await Forms.SubmitAsync(riley, page, "draft", StandardChoices());
        var preview = await previewed.Content.ReadAsStringAsync();
        Assert.Contains("<strong>Sam Ortiz</strong> (Support of the involved partner)", preview, StringComparison.Ordinal);
        Assert.Contains("<strong>Jordan Blake</strong> (Support of the betrayed partner)", preview, StringComparison.Ordinal);
        Assert.Contains("would see: attendance (when sessions happen)", preview, StringComparison.Ordinal);
        var hash = HiddenValue(preview, "SignForm.TextHash");

        var signed = await SubmitSignAsync(riley, page, hash, "Riley Park");

        Assert.Contains("Signed. The people you chose can see this information", await signed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var stored = await db.Authorizations.SingleAsync(a => a.SignatureName == "Riley Park");
        Assert.Equal(hash, stored.SignedTextHash);
        Assert.Equal(AuthorizationText.Hash(stored.SignedText), stored.SignedTextHash);
        Assert.Contains("I, Riley Park, allow my own therapist or coach (now Jordan Blake)", stored.SignedText, StringComparison.Ordinal);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "AuthorizationSigned" && e.Authorizations == stored.Id.ToString()));
    }

    [Fact]
    public async Task Sign_WithAnotherName_IsRefused_AndNothingIsSaved()
    {
        var signedBefore = await CountAsync("Morgan Reed");
        var morgan = await app.SignedInAsync(DemoAccounts.MorganReed);
        var page = await PageAsync("Reed");
        var preview = await (await Forms.SubmitAsync(morgan, page, "draft", StandardChoices())).Content.ReadAsStringAsync();

        var refused = await SubmitSignAsync(morgan, page, HiddenValue(preview, "SignForm.TextHash"), "Someone Else");

        Assert.Contains("Type your full name, Morgan Reed, to sign.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(signedBefore, await CountAsync("Morgan Reed"));
    }

    [Fact]
    public async Task Sign_WithTextOtherThanTheOneShown_IsRefused()
    {
        var signedBefore = await CountAsync("Casey Reed");
        var casey = await app.SignedInAsync(DemoAccounts.CaseyReed);
        var page = await PageAsync("Reed");
        await Forms.SubmitAsync(casey, page, "draft", StandardChoices());

        var refused = await SubmitSignAsync(casey, page, AuthorizationText.Hash("some other text"), "Casey Reed");

        Assert.Contains("The text changed since you read it.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(signedBefore, await CountAsync("Casey Reed"));
    }

    [Fact]
    public async Task Api_PreviewSignListAndRevoke_AndRevocationEndsItAtOnce()
    {
        var morgan = await app.SignedInAsync(DemoAccounts.MorganReed);
        var reed = await CaseIdAsync("Reed");
        var request = new
        {
            recipientRoles = new[] { "CouplesTherapist" },
            categories = new[] { "Attendance", "SessionSummary" },
            purpose = "Joint work with Dr. Lee",
            lastDay = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(90)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };

        var preview = await (await morgan.PostAsJsonAsync($"/api/cases/{reed}/authorizations/preview", request)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(DemoAccounts.MayaLee.DisplayName, preview.GetProperty("people")[0].GetProperty("name").GetString());
        var signed = await morgan.PostAsJsonAsync($"/api/cases/{reed}/authorizations", new
        {
            request.recipientRoles,
            request.categories,
            request.purpose,
            request.lastDay,
            typedName = "Morgan Reed",
            textHash = preview.GetProperty("textHash").GetString(),
        });
        Assert.Equal(HttpStatusCode.Created, signed.StatusCode);
        var id = (await signed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var maya = await app.SignedInAsync(DemoAccounts.MayaLee);
        var seenByMaya = await maya.GetFromJsonAsync<JsonElement>($"/api/cases/{reed}/authorizations");
        Assert.Contains(seenByMaya.EnumerateArray(), a => a.GetProperty("id").GetGuid() == id && a.GetProperty("isActive").GetBoolean());

        var casey = await app.SignedInAsync(DemoAccounts.CaseyReed);
        Assert.Empty((await casey.GetFromJsonAsync<JsonElement>($"/api/cases/{reed}/authorizations")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await casey.PostAsync($"/api/cases/{reed}/authorizations/{id}/revoke", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await morgan.PostAsync($"/api/cases/{reed}/authorizations/{id}/revoke", null)).StatusCode);
        var afterRevoke = await maya.GetFromJsonAsync<JsonElement>($"/api/cases/{reed}/authorizations");
        Assert.Contains(afterRevoke.EnumerateArray(), a => a.GetProperty("id").GetGuid() == id && !a.GetProperty("isActive").GetBoolean());
    }

    [Fact]
    public async Task Api_BundlingPsychotherapyNotes_IsRefusedWithTheReason()
    {
        var avery = await app.SignedInAsync(DemoAccounts.AveryPark);
        var park = await CaseIdAsync("Park");

        var response = await avery.PostAsJsonAsync($"/api/cases/{park}/authorizations/preview", new
        {
            recipientRoles = new[] { "SupportOfBetrayedPartner" },
            categories = new[] { "PsychotherapyNote", "SessionSummary" },
            purpose = "care",
            lastDay = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Psychotherapy notes cannot be released together with other information", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamingSomeoneNotOnTheCase_IsRefusedByField_AndNamingATeamMemberWritesTheirNameAndRole()
    {
        var dana = await app.SignedInAsync(DemoAccounts.DanaHolt);
        var holt = await CaseIdAsync("Holt");
        Guid jordan, maya;
        using (var scope = app.Services.CreateScope())
        {
            var db = FourfoldAppFactory.SystemDb(scope);
            jordan = (await db.Users.SingleAsync(u => u.Email == DemoAccounts.JordanBlake.Email)).Id;
            maya = (await db.Users.SingleAsync(u => u.Email == DemoAccounts.MayaLee.Email)).Id;
        }

        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var outsider = new { recipientRoles = Array.Empty<string>(), recipientPeople = new[] { jordan }, categories = new[] { "SessionSummary" }, purpose = "care", lastDay };
        var preview = await dana.PostAsJsonAsync($"/api/cases/{holt}/authorizations/preview", outsider);
        var signed = await dana.PostAsJsonAsync($"/api/cases/{holt}/authorizations", new
        {
            outsider.recipientRoles,
            outsider.recipientPeople,
            outsider.categories,
            outsider.purpose,
            outsider.lastDay,
            typedName = "Dana Holt",
            textHash = "anything",
        });

        Assert.Equal(HttpStatusCode.BadRequest, preview.StatusCode);
        Assert.Contains("\"recipientPeople\":[\"Choose people on this case's team", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, signed.StatusCode);
        Assert.Contains("recipientPeople", await signed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("Dana Holt", jordan));

        var named = await dana.PostAsJsonAsync($"/api/cases/{holt}/authorizations/preview", outsider with { recipientPeople = new[] { maya } });
        var text = (await named.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString();
        Assert.StartsWith("I, Dana Holt, allow Dr. Maya Lee (our couples therapist) to see", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_FromThePage_ShowsWhatEachPersonLoses_AsksToConfirm_ThenEndsIt()
    {
        var casey = await app.SignedInAsync(DemoAccounts.CaseyReed);
        var page = await PageAsync("Reed");
        var preview = await (await Forms.SubmitAsync(casey, page, "draft", StandardChoices())).Content.ReadAsStringAsync();
        await SubmitSignAsync(casey, page, HiddenValue(preview, "SignForm.TextHash"), "Casey Reed");

        var listing = await casey.GetStringAsync(page);
        Assert.Contains("would no longer see:", listing, StringComparison.Ordinal);
        Assert.DoesNotMatch(RevokeForm(), listing);
        var confirmPage = WebUtility.HtmlDecode(RevokeLink().Match(listing).Groups[1].Value);
        var confirmation = await casey.GetStringAsync(confirmPage);
        Assert.Contains("Revoke your authorization of", confirmation, StringComparison.Ordinal);
        Assert.Contains("Nobody is sent a message about it", confirmation, StringComparison.Ordinal);
        Assert.Null((await ActiveOrRevokedAsync("Casey Reed")).RevokedAt);
        var formName = RevokeForm().Match(confirmation).Groups[1].Value;
        var revoked = await Forms.SubmitAsync(casey, confirmPage, formName, new Dictionary<string, string>());

        Assert.Contains("Revoked. From this moment it allows nothing.", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        Assert.NotNull((await db.Authorizations.SingleAsync(a => a.SignatureName == "Casey Reed")).RevokedAt);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "AuthorizationRevoked"));
    }

    private static Dictionary<string, string> StandardChoices() => new()
    {
        ["Draft.ToSupportOfBetrayedPartner"] = "true",
        ["Draft.ToSupportOfInvolvedPartner"] = "true",
        ["Draft.ToCouplesTherapist"] = "true",
        ["Draft.Attendance"] = "true",
        ["Draft.SessionSummary"] = "true",
        ["Draft.AssessmentSummary"] = "true",
        ["Draft.Purpose"] = "Coordinated care of our recovery work by my care team",
        ["Draft.LastDay"] = DateTime.UtcNow.AddDays(200).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Task<HttpResponseMessage> SubmitSignAsync(HttpClient client, string page, string hash, string typedName)
    {
        var fields = StandardChoices().ToDictionary(pair => pair.Key.Replace("Draft.", "SignForm.", StringComparison.Ordinal), pair => pair.Value);
        fields["SignForm.TextHash"] = hash;
        fields["SignForm.TypedName"] = typedName;
        return Forms.SubmitAsync(client, page, "sign", fields);
    }

    private async Task<string> PageAsync(string label) => $"/cases/{await CaseIdAsync(label)}/authorizations";

    private async Task<Guid> CaseIdAsync(string label)
    {
        using var scope = app.Services.CreateScope();
        return (await FourfoldAppFactory.SystemDb(scope).Cases.SingleAsync(c => c.Label == label)).Id.Value;
    }

    private async Task<int> CountAsync(string signature, Guid recipient)
    {
        using var scope = app.Services.CreateScope();
        var signedBy = await FourfoldAppFactory.SystemDb(scope).Authorizations.Where(a => a.SignatureName == signature).ToListAsync();
        return signedBy.Count(a => a.Terms.RecipientPeople.Contains(Domain.People.PersonId.From(recipient)));
    }

    private async Task<int> CountAsync(string signature)
    {
        using var scope = app.Services.CreateScope();
        return await FourfoldAppFactory.SystemDb(scope).Authorizations.CountAsync(a => a.SignatureName == signature);
    }

    private static string HiddenValue(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        Assert.True(match.Success, $"no hidden field {name}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"_handler\" value=\"(revoke-[^\"]+)\"")]
    private static partial Regex RevokeForm();

    [GeneratedRegex("href=\"([^\"]*\\?revoke=[^\"#]+)")]
    private static partial Regex RevokeLink();

    private async Task<Fourfold.Domain.Authorizations.Authorization> ActiveOrRevokedAsync(string signature)
    {
        using var scope = app.Services.CreateScope();
        return await FourfoldAppFactory.SystemDb(scope).Authorizations.AsNoTracking().SingleAsync(a => a.SignatureName == signature);
    }
}

public sealed class AuthorizationTestsOnSqlite(SqliteApp app) : AuthorizationTests(app), IClassFixture<SqliteApp>;

public sealed class AuthorizationTestsOnPostgres(PostgresApp app) : AuthorizationTests(app), IClassFixture<PostgresApp>;
