using System.Globalization;
using System.Net.Http.Json;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>A partner's history entry about themself for the couples therapist, written through the API.</summary>
public static class HistoryEntries
{
    public static object For(string title, string body) => new
    {
        kind = "HistoryEntry",
        subject = "BetrayedPartner",
        audience = new[] { "CouplesTherapist" },
        title,
        body,
        occurredOn = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static Task<HttpResponseMessage> WriteAsync(HttpClient partner, Guid caseId, string title, string body)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return partner.PostAsJsonAsync($"/api/cases/{caseId}/items", For(title, body));
    }
}
