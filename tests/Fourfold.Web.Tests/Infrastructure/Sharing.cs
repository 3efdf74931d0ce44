using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Domain.Authorizations;
using Fourfold.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>Signs an authorization the way an API client does: preview for the exact text's hash, then sign quoting it.</summary>
public static class Sharing
{
    public static async Task<AuthorizationId> SignAsync(
        FourfoldAppFactory app, HttpClient partner, DemoAccount account, string caseLabel, string[] recipientRoles, string[] categories, string purpose, int days = 30)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(account);
        var caseId = await CaseIdAsync(app, caseLabel);
        var choices = new
        {
            recipientRoles,
            categories,
            purpose,
            lastDay = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(days)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        var preview = await (await partner.PostAsJsonAsync($"/api/cases/{caseId}/authorizations/preview", choices)).Content.ReadFromJsonAsync<JsonElement>();
        var signed = await partner.PostAsJsonAsync($"/api/cases/{caseId}/authorizations", new
        {
            choices.recipientRoles,
            choices.categories,
            choices.purpose,
            choices.lastDay,
            typedName = account.DisplayName,
            textHash = preview.GetProperty("textHash").GetString(),
        });
        return AuthorizationId.From((await signed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    public static async Task<Guid> CaseIdAsync(FourfoldAppFactory app, string label)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        return (await FourfoldAppFactory.SystemDb(scope).Cases.SingleAsync(c => c.Label == label)).Id.Value;
    }
}
