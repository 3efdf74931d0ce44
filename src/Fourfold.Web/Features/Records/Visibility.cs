using Fourfold.Domain.Access;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using NodaTime;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// Who on the team can see an item and why, computed by the same decision that guards every read, and worded for
/// people: "written for the couples therapist, with Dana Holt's authorization of 1 Nov 2026".
/// </summary>
public static class Visibility
{
    public static IReadOnlyList<VisibilityLine> Of(ItemFacts item, CaseReadContext context, Instant now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        return context.State.ActiveRoles
            .Select(pair =>
            {
                var verdict = AccessDecision.Decide(new Reader(pair.Key), item, context.State, now);
                return new VisibilityLine(pair.Key, context.NameOf(pair.Key), pair.Value.Order().ToList(), verdict, Reason(verdict, item, context, pair.Value));
            })
            .OrderByDescending(line => line.CanSee)
            .ThenBy(line => line.Roles.Min())
            .ThenBy(line => line.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static string Reason(AccessVerdict verdict, ItemFacts item, CaseReadContext context, IReadOnlySet<CaseRole> roles) => verdict switch
    {
        AccessVerdict.Allowed { Rule: AccessRule.PsychotherapyNoteHolder } => "keeps this psychotherapy note; no one else can ever read it",
        AccessVerdict.Allowed { Rule: AccessRule.RecordHolder } => "keeps this record",
        AccessVerdict.Allowed { Rule: AccessRule.Author } => "wrote it",
        AccessVerdict.Allowed { Rule: AccessRule.AdministratorAttendance } => "administers the practice (attendance only)",
        AccessVerdict.Allowed { Rule: AccessRule.SubjectPartnerInAudience } => "it is about them, and it was written for them",
        AccessVerdict.Allowed allowed when allowed.Authorizations.Count == 0 => $"it was written for {AudienceMatch(item, roles)}",
        AccessVerdict.Allowed allowed => $"it was written for {AudienceMatch(item, roles)}, with {Consents(allowed.Authorizations, context)}",
        AccessVerdict.Denied { Reason: DenialReason.PsychotherapyNoteHolderOnly } => "psychotherapy notes stay with the therapist who keeps them",
        AccessVerdict.Denied { Reason: DenialReason.NotInAudience } => "it was not written for them",
        AccessVerdict.Denied { Reason: DenialReason.NoAuthorization } denied => $"{PartnerName(denied.Partner, context)} has not authorized them to see {AuthorizationText.Describe(item.Category)}",
        AccessVerdict.Denied { Reason: DenialReason.AuthorizationRevoked } denied => $"{PartnerName(denied.Partner, context)} revoked the authorization that covered it",
        AccessVerdict.Denied { Reason: DenialReason.AuthorizationExpired } denied => $"the authorization from {PartnerName(denied.Partner, context)} that covered it has expired",
        AccessVerdict.Denied { Reason: DenialReason.AdministratorsSeeAttendanceOnly } => "practice administrators see attendance only",
        _ => "not on this case",
    };

    private static string AudienceMatch(ItemFacts item, IReadOnlySet<CaseRole> roles)
    {
        var role = roles.Where(item.Audience.Roles.Contains).Order().FirstOrDefault();
        return item.Audience.Roles.Contains(role) ? role.DescribeInSentence() : "them by name";
    }

    private static string Consents(IReadOnlyList<AuthorizationId> ids, CaseReadContext context) =>
        string.Join(" and ", ids.Select(id => context.State.Authorizations.FirstOrDefault(a => a.Id == id))
            .OfType<Authorization>()
            .Select(a => $"{context.NameOf(a.GrantedBy)}'s authorization of {Infrastructure.Time.LocalTimes.DateIn(a.SignedAt, "Etc/UTC")}"));

    private static string PartnerName(PartnerRole? partner, CaseReadContext context) =>
        partner is { } p && context.State.Partner(p) is { } person ? context.NameOf(person) : "The partner";
}
