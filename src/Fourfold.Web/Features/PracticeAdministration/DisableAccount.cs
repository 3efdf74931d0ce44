using Fourfold.Data;
using Fourfold.Domain.Audit;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.PracticeAdministration;

/// <summary>
/// A practice administrator turns off the account of someone in their practice (they left, are on leave, or their
/// device was lost) and later, perhaps, back on. Turning it off ends every sign-in the person has at their next request
/// and refuses new ones; their places on care teams stay as they are, because a team decides those, not the practice.
/// </summary>
public sealed class DisableAccount(FourfoldDbContext db, AuditedChanges changes, IClock clock)
{
    public Task<Outcome> DisableAsync(PersonId person, CancellationToken cancellationToken) =>
        ChangeAsync(person, disable: true, cancellationToken);

    public Task<Outcome> EnableAsync(PersonId person, CancellationToken cancellationToken) =>
        ChangeAsync(person, disable: false, cancellationToken);

    private async Task<Outcome> ChangeAsync(PersonId person, bool disable, CancellationToken cancellationToken)
    {
        if (db.Actor.Kind != PersonKind.PracticeAdministrator || db.Actor.Practice is not { } practice || db.Actor.Person is not { } administrator)
        {
            return Outcome.NotFound;
        }

        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == person.Value && u.PracticeId == practice, cancellationToken);
        if (account is null)
        {
            return Outcome.NotFound;
        }

        if (account.Id == administrator.Value)
        {
            return Outcome.Refused("You cannot turn off your own account. Another administrator of your practice can.");
        }

        if (account.IsDisabled == disable)
        {
            return Outcome.Done;
        }

        account.DisabledAt = disable ? clock.GetCurrentInstant() : null;
        account.DisabledBy = disable ? administrator : null;
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
        if (disable)
        {
            // A new stamp is what ends the person's open sessions and bearer tokens at their very next request.
            account.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        }

        var action = disable ? AuditAction.AccountDisabled : AuditAction.AccountEnabled;
        return await changes.SaveAsync(db, action, null, cancellationToken, itemId: account.Id)
            ? Outcome.Done
            : Outcome.Refused("Someone changed this account at the same moment. Reload the page and try again.");
    }
}
