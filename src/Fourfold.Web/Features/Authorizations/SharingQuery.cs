using Fourfold.Data;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Web.Features.CaseDoor;
using Fourfold.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Authorizations;

/// <summary>
/// Opens a case's sharing for a member of its team, through the door: the team as it stands, every authorization of
/// the case (each shown only to whom <see cref="Authorization.IsShownTo"/> allows), and, for the preview of a change,
/// what the access decision needs of the case's shared items (never their content). Anyone else finds nothing.
/// </summary>
public sealed class SharingQuery(CaseAccess door, ItemStore store, FourfoldDbContext db)
{
    public async Task<AuthorizationContext?> OpenAsync(CaseId caseId, bool withItems, CancellationToken cancellationToken)
    {
        if (await door.OpenAsync(caseId, cancellationToken) is not { IsMember: true } context)
        {
            return null;
        }

        var reader = context.Reader.Person;
        var me = await db.Users.AsNoTracking().Where(u => u.Id == reader.Value).Select(u => new { u.DisplayName, u.TimeZoneId }).SingleAsync(cancellationToken);
        var names = context.State.ActiveRoles.Keys.ToDictionary(person => person, context.NameOf);
        var authorizations = context.State.Authorizations.OrderByDescending(a => a.SignedAt).ToList();
        var items = withItems
            ? (await store.SharedHeadersAsync(caseId, null, new TimelineFilter(), int.MaxValue, cancellationToken)).Select(header => header.Facts).ToList()
            : [];
        return new AuthorizationContext(context.Case, reader, context.ReaderRoles, context.Case.PartnerRoleOf(reader), me.DisplayName, me.TimeZoneId,
            names, authorizations, items);
    }

    /// <summary>One authorization of the case, tracked so that it can be revoked.</summary>
    public Task<Authorization> TrackedAsync(AuthorizationId id, CancellationToken cancellationToken) =>
        db.Authorizations.SingleAsync(a => a.Id == id, cancellationToken);
}
