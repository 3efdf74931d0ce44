using Fourfold.Domain.Access;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using NodaTime;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>
/// Before a partner signs or revokes, lists person by person what they would gain or lose: the categories of the
/// partner's information that their active authorizations would newly cover, or would stop covering, for each
/// member of the team, and how many of the case's items each would newly read or no longer read, decided by the access
/// decision itself over the case's items with the authorizations before and after.
/// </summary>
public static class AuthorizationPreview
{
    public static IReadOnlyList<PreviewLine> Of(AuthorizationContext context, PartnerRole partner, IReadOnlyList<Authorization> before, IReadOnlyList<Authorization> after, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = new List<PreviewLine>();
        var stateBefore = context.AccessStateWith(before);
        var signer = new Reader(context.Reader);

        // Only items the signing partner can read themself are counted, so the preview reveals nothing the story hides from them.
        var stateNow = context.AccessStateWith(context.Authorizations);
        var countable = context.Items.Where(item => AccessDecision.Decide(signer, item, stateNow, now).IsAllowed).ToList();
        var stateAfter = context.AccessStateWith(after);
        foreach (var (person, name) in context.Names.Where(pair => pair.Key != context.Reader).OrderBy(pair => pair.Value, StringComparer.Ordinal))
        {
            var roles = context.Case.RolesOf(person);
            var had = Covered(before, partner, person, roles, now);
            var has = Covered(after, partner, person, roles, now);
            var gains = has.Except(had).Order().ToList();
            var losses = had.Except(has).Order().ToList();
            var reader = new Reader(person);
            var itemsBefore = countable.Where(item => AccessDecision.Decide(reader, item, stateBefore, now).IsAllowed).Select(item => item.ItemId).ToHashSet();
            var itemsAfter = countable.Where(item => AccessDecision.Decide(reader, item, stateAfter, now).IsAllowed).Select(item => item.ItemId).ToHashSet();
            var itemsGained = itemsAfter.Count(id => !itemsBefore.Contains(id));
            var itemsLost = itemsBefore.Count(id => !itemsAfter.Contains(id));
            if (gains.Count > 0 || losses.Count > 0 || itemsGained > 0 || itemsLost > 0)
            {
                lines.Add(new PreviewLine(person, name, roles.Order().ToList(), gains, losses, itemsGained, itemsLost));
            }
        }

        return lines;
    }

    private static HashSet<Category> Covered(IReadOnlyList<Authorization> authorizations, PartnerRole partner, Domain.People.PersonId person, IReadOnlySet<CaseRole> roles, Instant now) =>
        Enum.GetValues<Category>()
            .Where(category => category != Category.PsychotherapyNote)
            .Where(category => authorizations.Any(a => a.Partner == partner && a.IsActiveAt(now) && a.Covers(category, person, roles)))
            .ToHashSet();
}
