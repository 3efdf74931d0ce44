using Fourfold.Data;
using Fourfold.Domain.Scheduling;
using Fourfold.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Sessions;

/// <summary>
/// Tells each person taking part that a session was booked, moved or cancelled, or is coming up, in their own zone.
/// The message carries no clinical detail: not the kind of session, not who else takes part, only the time and a link.
/// A message that cannot be sent is logged; the change it reports stands.
/// </summary>
public sealed class SessionNotices(FourfoldDbContext db, EmailSender email, PublicLinks links, ILogger<SessionNotices> logger)
{
    public enum Notice
    {
        Booked,
        Moved,
        Cancelled,
        Reminder,
    }

    public async Task SendAsync(Session session, Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var people = session.Participants.Select(p => p.Person.Value).ToList();
        var recipients = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id) && u.Email != null)
            .Select(u => new { u.Email, u.DisplayName, u.TimeZoneId })
            .ToListAsync(cancellationToken);
        foreach (var recipient in recipients)
        {
            var when = SessionTimes.Span(session.Start, session.End, recipient.TimeZoneId);
            var (subject, line) = notice switch
            {
                Notice.Booked => ("A Fourfold session was booked for you", $"A session was booked for you: {when} (your time)."),
                Notice.Moved => ("Your Fourfold session has moved", $"Your session has moved to {when} (your time)."),
                Notice.Cancelled => ("Your Fourfold session was cancelled", $"Your session of {when} (your time) was cancelled."),
                _ => ("Reminder: your Fourfold session", $"A reminder of your session: {when} (your time)."),
            };
            try
            {
                await email.SendAsync(recipient.Email!, recipient.DisplayName, subject,
                    $"Hello {recipient.DisplayName},\n\n{line}\n\nThe details are in Fourfold:\n{links.To("/me/sessions")}\n", cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning(exception, "A session notice could not be sent.");
            }
        }
    }
}
