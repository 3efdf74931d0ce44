using System.Text.Json;
using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;
using NodaTime;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// JSON API for the case's story: the timeline (keyset pages, newest first), one item with its visibility and
/// versions, and writing and editing items. Whatever the caller may not read answers 404, exactly like an id that
/// does not exist.
/// </summary>
internal static class RecordsApi
{
    public static void MapRecordsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/cases/{caseId:guid}/timeline", async (Guid caseId, Guid? before, int? limit, Category? category, ItemSubject? subject, bool? visibility,
            TimelineQuery timeline, CancellationToken cancellationToken) =>
        {
            if (limit is < 1 or > TimelineQuery.MaxLimit)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"Ask for 1 to {TimelineQuery.MaxLimit} items."] });
            }

            var page = await timeline.PageAsync(CaseId.From(caseId), before is { } cursor ? ItemId.From(cursor) : null, new TimelineFilter(category, subject), limit ?? TimelineQuery.DefaultLimit, cancellationToken,
                withVisibility: visibility == true);
            return page is null
                ? ApiResults.NotFound()
                : Results.Ok(new TimelinePageView(page.Entries.Select(e => ItemApiView.From(e.Item, e.Verdict, e.Visibility, page.Context)).ToList(), page.Next?.Value));
        })
        .RequireAuthorization(AccessPolicies.Member).WithTags("Records").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));

        endpoints.MapGet("/api/items/{id:guid}", async (Guid id, ItemQuery items, CancellationToken cancellationToken) =>
        {
            var details = await items.ReadAsync(ItemId.From(id), cancellationToken);
            return details is null
                ? ApiResults.NotFound()
                : details.IsUnreadable
                ? Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "This item's text cannot be read right now",
                    detail: "The encryption key it needs is not available. Nothing is lost; it reads again once the key is back.")
                : Results.Ok(new ItemDetailsView(
                    ItemApiView.From(details.Item, details.Verdict, details.Visibility, details.Context),
                    details.IsHolder ? details.Versions.Select(v => new ItemVersionView(v.Number, v.EditedBy.Value, v.EditedAt.ToDateTimeOffset(), v.Title, v.Body, v.AudienceRoles, v.AudiencePersonIds)).ToList() : null,
                    details.Readers?.Select(r => new ItemReadView(r.Name, r.At.ToDateTimeOffset())).ToList()));
        })
        .RequireAuthorization(AccessPolicies.Member).WithTags("Records").WithMetadata(new AuditedAttribute(AuditedAs.ClinicalReads));

        endpoints.MapPost("/api/cases/{caseId:guid}/items", async (Guid caseId, ItemRequest request, WriteItem write, CancellationToken cancellationToken) =>
            Answer(await write.ExecuteAsync(CaseId.From(caseId), request.ToDraft(), cancellationToken), created: true))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Records").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));

        endpoints.MapPut("/api/items/{id:guid}", async (Guid id, ItemEditRequest request, EditItem edit, CancellationToken cancellationToken) =>
            Answer(await edit.ExecuteAsync(ItemId.From(id), request.Version, request.ToDraft(), cancellationToken), created: false))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Records").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));
    }

    private static IResult Answer(ItemChange change, bool created) => change.Kind switch
    {
        OutcomeKind.Done when created => Results.Created($"/api/items/{change.ItemId}", new { id = change.ItemId?.Value, version = change.Version }),
        OutcomeKind.Done => Results.Ok(new { id = change.ItemId?.Value, version = change.Version }),
        OutcomeKind.Refused when change.Problems!.ContainsKey(EditItem.StaleField) =>
            Results.Problem(change.Problems[EditItem.StaleField], statusCode: StatusCodes.Status409Conflict, title: "Edited by someone else"),
        OutcomeKind.Refused when change.Problems!.ContainsKey(EditItem.UnreadableField) =>
            Results.Problem(change.Problems[EditItem.UnreadableField], statusCode: StatusCodes.Status503ServiceUnavailable, title: "This item's text cannot be read right now"),
        OutcomeKind.Refused => Results.ValidationProblem(change.Problems!.ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Key), p => new[] { p.Value })),
        OutcomeKind.NotFound => ApiResults.NotFound(),
    };
}

/// <summary>A new item; <see cref="AudiencePeople"/> names people of the team beyond the audience's roles.</summary>
public sealed record ItemRequest(ItemKind? Kind, ItemSubject? Subject, IReadOnlyList<CaseRole>? Audience, string? Title, string? Body, DateOnly? OccurredOn,
    string? AssessmentUsed = null, PartnerRole? IndividualSessionWith = null, IReadOnlyList<Guid>? AudiencePeople = null)
{
    public ItemDraft ToDraft() => new(Kind ?? 0, Subject, Audience ?? [], Title, Body, OccurredOn is { } day ? LocalDate.FromDateOnly(day) : null, AssessmentUsed, IndividualSessionWith,
        AudiencePeople?.Select(PersonId.From).ToList());
}

/// <summary>A new version of an item; the roles given replace the current ones, and so do the named people when given.</summary>
public sealed record ItemEditRequest(int Version, IReadOnlyList<CaseRole>? Audience, string? Title, string? Body, DateOnly? OccurredOn, string? AssessmentUsed = null,
    IReadOnlyList<Guid>? AudiencePeople = null)
{
    public ItemDraft ToDraft() => new(0, null, Audience ?? [], Title, Body, OccurredOn is { } day ? LocalDate.FromDateOnly(day) : null, AssessmentUsed, null,
        AudiencePeople?.Select(PersonId.From).ToList());
}

public sealed record TimelinePageView(IReadOnlyList<ItemApiView> Items, Guid? Next);

public sealed record VisibilityView(Guid Person, string Name, IReadOnlyList<CaseRole> Roles, bool CanSee, string Reason);

/// <summary>An item as the API returns it to someone allowed to read it: its metadata, why they may read it, and who else can.</summary>
public sealed record ItemApiView(
    Guid Id, Guid CaseId, ItemKind Kind, Category Category, ItemSubject Subject, Guid Holder, string HolderName, Guid Author, string AuthorName,
    IReadOnlyList<CaseRole> Audience, IReadOnlyList<Guid> AudiencePeople, DateOnly OccurredOn, DateTimeOffset RecordedAt, DateTimeOffset LastEditedAt, int Version,
    string Title, string Body, string? AssessmentUsed, PartnerRole? IndividualSessionWith, string? PolicyInForce,
    AccessRule AllowedBy, IReadOnlyList<Guid> Authorizations, IReadOnlyList<VisibilityView> VisibleTo)
{
    public static ItemApiView From(ItemView item, AccessVerdict.Allowed verdict, IReadOnlyList<VisibilityLine> visibility, CaseReadContext context)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(context);
        return new(item.Id.Value, item.CaseId.Value, item.Kind, item.Category, item.Subject, item.Holder.Value, context.NameOf(item.Holder), item.Author.Value,
            context.NameOf(item.Author), item.AudienceRoles, item.AudiencePeople, item.OccurredOn.ToDateOnly(), item.RecordedAt.ToDateTimeOffset(), item.LastEditedAt.ToDateTimeOffset(),
            item.Version, item.Title, item.Body, item.AssessmentUsed, item.IndividualSessionWith, item.PolicyInForce?.ToString(),
            verdict.Rule, verdict.Authorizations.Select(a => a.Value).ToList(),
            visibility.Select(v => new VisibilityView(v.Person.Value, v.Name, v.Roles, v.CanSee, v.Reason)).ToList());
    }
}

public sealed record ItemVersionView(int Number, Guid EditedBy, DateTimeOffset EditedAt, string Title, string Body, IReadOnlyList<CaseRole> Audience, IReadOnlyList<Guid> AudiencePeople);

public sealed record ItemReadView(string Name, DateTimeOffset At);

public sealed record ItemDetailsView(ItemApiView Item, IReadOnlyList<ItemVersionView>? Versions, IReadOnlyList<ItemReadView>? ReadBy);
