using System.Security.Claims;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Web.Infrastructure.Auditing;

/// <summary>
/// Every "not found" a signed-in person meets on a page or API endpoint that names a case, item, session or person in
/// its address is an access check that said no (a case they are not on answers exactly like one that does not exist),
/// and leaves a <see cref="AuditAction.ReadDenied"/> event. Where the feature recorded its own refusal, with its reason,
/// nothing more is written. One middleware around every endpoint, pages and API alike, so no route can forget it.
/// </summary>
internal static partial class NotFoundAudit
{
    private const string RecordedKey = "fourfold:denial-recorded";

    /// <summary>Route values that name what was asked for; the first found is recorded as the item.</summary>
    private static readonly string[] ThingNames = ["id", "itemId", "sessionId", "personId", "membershipId"];

    public static void MarkRecorded(HttpContext? context)
    {
        if (context is not null)
        {
            context.Items[RecordedKey] = true;
        }
    }

    public static IApplicationBuilder UseNotFoundAudit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode != StatusCodes.Status404NotFound
                || context.Items.ContainsKey(RecordedKey)
                || context.GetEndpoint() is not RouteEndpoint { RoutePattern.Parameters.Count: > 0 } endpoint
                || !Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var person))
            {
                return;
            }

            var caseId = GuidOf(context, "caseId") is { } c ? CaseId.From(c) : (CaseId?)null;
            var thing = ThingNames.Select(name => GuidOf(context, name)).FirstOrDefault(id => id is not null);
            if (caseId is null && thing is null)
            {
                // A missing file or an invitation's secret names nothing anyone holds: no access check said no.
                return;
            }

            var clock = context.RequestServices.GetRequiredService<IClock>();
            await context.RequestServices.GetRequiredService<AuditTrail>().RecordAsync(
                new AuditEntry(clock.GetCurrentInstant(), PersonId.From(person), AuditAction.ReadDenied, AuditOutcome.Denied, caseId, thing,
                    Rule: RuleOf(context.Request.Method, endpoint.RoutePattern.RawText ?? ""), ClientAddress: context.Connection.RemoteIpAddress?.ToString() ?? ""),
                CancellationToken.None);
        });

    /// <summary>"404 GET /cases/{CaseId}/team": the route without its constraints, within the rule's 60 characters.</summary>
    private static string RuleOf(string method, string route)
    {
        var rule = $"404 {method} {Constraint().Replace(route, "}")}";
        return rule.Length <= 60 ? rule : rule[..60];
    }

    [System.Text.RegularExpressions.GeneratedRegex(":[a-z]+}")]
    private static partial System.Text.RegularExpressions.Regex Constraint();

    private static Guid? GuidOf(HttpContext context, string name) =>
        context.Request.RouteValues.FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { } value
        && Guid.TryParse(value.ToString(), out var id)
            ? id
            : null;
}
