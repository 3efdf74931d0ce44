using Fourfold.Data;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Sessions;

/// <summary>
/// Tells each person taking part that a session was booked, moved, cancelled or has a new place, or is coming up, in
/// their own zone: greeted by first name, with the professional who made the change, where or how to join, and how to
/// say they cannot come. Beyond that professional it names nobody else taking part and no kind of session, and carries
/// nothing clinical. A message that cannot be sent is logged; the change it reports stands.
/// </summary>
public sealed class SessionNotices(FourfoldDbContext db, EmailSender email, PublicLinks links, ILogger<SessionNotices> logger)
{
    public enum Notice
    {
        Booked,
        Moved,
        Cancelled,
        Reminder,
        VenueChanged,
    }

    public async Task SendAsync(Session session, Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var people = session.Participants.Select(p => p.Person.Value).ToList();
        var recipients = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id) && u.Email != null)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.TimeZoneId })
            .ToListAsync(cancellationToken);
        var changedBy = (session.ChangedBy ?? session.BookedBy).Value;
        var actor = await db.Users.AsNoTracking().Where(u => u.Id == changedBy).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? "Your care team";
        foreach (var recipient in recipients)
        {
            var message = SessionNoticeText.Write(notice, session, recipient.DisplayName, recipient.Id == changedBy ? null : actor, recipient.TimeZoneId, links.To("/me/sessions"));
            try
            {
                await email.SendAsync(recipient.Email!, recipient.DisplayName, message.Subject, message.Body, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning(exception, "A session notice could not be sent.");
            }
        }
    }
}
