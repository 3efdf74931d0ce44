using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>A case's team and authorizations, loaded for one reader through the tenant filter.</summary>
public sealed record AuthorizationContext(
    Case Case,
    PersonId Reader,
    IReadOnlySet<CaseRole> ReaderRoles,
    PartnerRole? ReaderPartner,
    string ReaderName,
    string ReaderZone,
    IReadOnlyDictionary<PersonId, string> Names,
    IReadOnlyList<Authorization> Authorizations,
    IReadOnlyList<ItemFacts> Items)
{
    public static async Task<AuthorizationContext?> LoadAsync(FourfoldDbContext db, CaseId caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Actor.Person is not { } reader)
        {
            return null;
        }

        var found = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var roles = found?.RolesOf(reader);
        if (found is null || roles is null || roles.Count == 0)
        {
            return null;
        }

        var people = found.Memberships.Where(m => m.IsActive && m.PersonId is not null).ToList();
        var names = people.GroupBy(m => m.PersonId!.Value).ToDictionary(g => g.Key, g => g.First().DisplayName);
        var me = await db.Users.AsNoTracking().Where(u => u.Id == reader.Value).Select(u => new { u.DisplayName, u.TimeZoneId }).SingleAsync(cancellationToken);
        var authorizations = await db.Authorizations.Where(a => a.CaseId == caseId).OrderByDescending(a => a.SignedAt).ToListAsync(cancellationToken);
        var partner = found.PartnerRoleOf(reader);
        var items = (await db.ClinicalItems.AsNoTracking().Where(i => i.CaseId == caseId)
                .Select(i => new Records.ItemHeader(i.Id, i.CaseId, i.Kind, i.Subject, i.Holder, i.Author, i.AudienceRoles, i.AudiencePersonIds))
                .ToListAsync(cancellationToken))
            .Select(header => header.Facts)
            .ToList();
        return new AuthorizationContext(found, reader, roles, partner, me.DisplayName, me.TimeZoneId, names, authorizations, items);
    }

    /// <summary>The case as the access decision sees it, with a given set of authorizations in force.</summary>
    public CaseAccessState AccessStateWith(IReadOnlyList<Authorization> authorizations) =>
        new(Case.Id, Case.PracticeId,
            Case.ActiveRoles(),
            authorizations);

    /// <summary>The authorizations this reader may see (<see cref="Authorization.IsShownTo"/>).</summary>
    public IEnumerable<Authorization> Visible => Authorizations.Where(a => a.IsShownTo(Reader, ReaderRoles));
}
