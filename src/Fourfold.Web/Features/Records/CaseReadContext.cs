using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// One reader and one case as the access decision needs them: who holds which role now, every authorization of the
/// case, and the names the team knows each other by. Null when the reader is neither on the case nor an administrator
/// of its practice, which callers answer as "not found".
/// </summary>
public sealed record CaseReadContext(Case Case, Reader Reader, CaseAccessState State, IReadOnlyDictionary<PersonId, string> Names)
{
    public IReadOnlySet<CaseRole> ReaderRoles => State.RolesOf(Reader.Person);

    public bool IsMember => ReaderRoles.Count > 0;

    public string NameOf(PersonId person) => Names.GetValueOrDefault(person, "A former member of the team");

    public static async Task<CaseReadContext?> LoadAsync(FourfoldDbContext db, CaseId caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Actor.Person is not { } person)
        {
            return null;
        }

        var found = await db.Cases.AsNoTracking().AsSingleQuery().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var administers = db.Actor.Kind == PersonKind.PracticeAdministrator && db.Actor.Practice == found.PracticeId ? found.PracticeId : (Domain.Practices.PracticeId?)null;
        var roles = found.ActiveRoles();
        if (!roles.ContainsKey(person) && administers is null)
        {
            return null;
        }

        var authorizations = await db.Authorizations.AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(cancellationToken);
        var names = found.Memberships
            .Where(m => m.PersonId is not null)
            .OrderByDescending(m => m.IsActive)
            .GroupBy(m => m.PersonId!.Value)
            .ToDictionary(g => g.Key, g => g.First().DisplayName);
        var state = new CaseAccessState(found.Id, found.PracticeId, roles, authorizations);
        return new CaseReadContext(found, new Reader(person, administers), state, names);
    }
}
