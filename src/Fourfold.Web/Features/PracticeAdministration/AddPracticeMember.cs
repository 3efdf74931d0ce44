using System.Text;
using Fourfold.Data;
using Fourfold.Data.Identity;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.PracticeAdministration;

/// <summary>
/// A practice administrator adds a professional or another administrator to their practice. The account has no
/// password until its owner chooses one from the emailed link; their authenticator is enrolled at first sign-in.
/// </summary>
public sealed class AddPracticeMember(FourfoldDbContext db, UserManager<FourfoldUser> users, EmailSender email, PublicLinks links)
{
    public async Task<Outcome> ExecuteAsync(string displayName, string address, PersonKind kind, ProfessionKind profession, string timeZoneId, CancellationToken cancellationToken)
    {
        if (db.Actor.Kind != PersonKind.PracticeAdministrator || db.Actor.Practice is not { } practiceId)
        {
            return Outcome.NotFound;
        }

        if (kind == PersonKind.Client)
        {
            return Outcome.Refused("Partners join through an invitation to their case.");
        }

        if (!TimeZoneIds.IsKnown(timeZoneId))
        {
            return Outcome.Refused("Choose a time zone from the list.");
        }

        var normalized = address.Trim().ToLowerInvariant();
        if (await users.FindByEmailAsync(normalized) is not null)
        {
            return Outcome.Refused("An account with this email address exists already.");
        }

        var practiceName = await db.Practices.Where(p => p.Id == practiceId).Select(p => p.Name).SingleAsync(cancellationToken);
        var user = new FourfoldUser
        {
            UserName = normalized,
            Email = normalized,
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            Kind = kind,
            PracticeId = practiceId,
            TimeZoneId = timeZoneId,
            Profile = kind == PersonKind.Professional ? ProfessionalProfile.Empty(profession) : null,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Outcome.Refused(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var link = links.To($"/account/reset-password?email={Uri.EscapeDataString(normalized)}&token={token}");
        await email.SendAsync(normalized, user.DisplayName, "Your Fourfold account",
            $"Hello {user.DisplayName},\n\n{practiceName} has created a Fourfold account for you. Choose your password here:\n\n{link}\n\nAt your first sign-in you will set up an authenticator app, because your account can reach clients' information.\n",
            cancellationToken);
        return Outcome.Done;
    }
}
