using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Security;

namespace Fourfold.Web.Features.Accountability;

/// <summary>JSON API for replies: how a disclosure landed, and a partner's answer to a check-in or a reply.</summary>
internal static class RepliesApi
{
    public static void MapRepliesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/items/{id:guid}/replies", async (Guid id, ReplyRequest request, WriteReply write, CancellationToken cancellationToken) =>
            AccountabilityResults.Of(await write.ExecuteAsync(ItemId.From(id), request.ToDraft(), cancellationToken)))
        .RequireAuthorization(AccessPolicies.Member).WithTags("Accountability").WithMetadata(new AuditedAttribute(AuditedAs.AuditedChanges));
    }
}

/// <summary>A reply: its words, the validation starter to begin with (the involved partner's answers only), and who else reads it.</summary>
public sealed record ReplyRequest(string? Text, string? Starter, IReadOnlyList<CaseRole>? AudienceRoles, IReadOnlyList<Guid>? AudiencePeople)
{
    public ReplyDraft ToDraft() => new(Text, Starter, AudienceRoles ?? [], [.. (AudiencePeople ?? []).Select(PersonId.From)]);
}

/// <summary>A reply as the API shows it, under the record its thread began with.</summary>
public sealed record ReplyApiView(Guid Id, Guid RepliesTo, ReplyKind Kind, string Text, Guid Author, DateTimeOffset WrittenAt, IReadOnlyList<CaseRole> AudienceRoles,
    IReadOnlyList<Guid> AudiencePeople, string Rule)
{
    public static IReadOnlyList<ReplyApiView> Of(IReadOnlyDictionary<ItemId, IReadOnlyList<ReplyView>> replies, ItemId record) =>
        [.. (replies.GetValueOrDefault(record) ?? []).Select(view => new ReplyApiView(view.Reply.Id.Value, view.Reply.RepliesTo.Value, view.Reply.Kind, view.Words.Body, view.Reply.Author.Value,
            view.Reply.WrittenAt.ToDateTimeOffset(), view.Words.AudienceRoles, view.Words.AudiencePeople, view.Verdict.Rule.ToString()))];
}
