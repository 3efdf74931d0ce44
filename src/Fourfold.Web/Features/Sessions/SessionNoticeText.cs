using System.Text;
using Fourfold.Domain.Scheduling;

namespace Fourfold.Web.Features.Sessions;

/// <summary>The words of one session notice for one person: what changed, when in their zone, where, and what to do if they cannot come.</summary>
public static class SessionNoticeText
{
    /// <summary>The subject and body for one recipient; <paramref name="changedBy"/> is null when the recipient made the change.</summary>
    public static (string Subject, string Body) Write(SessionNotices.Notice notice, Session session, string recipientName, string? changedBy, string zoneId, string sessionsLink)
    {
        ArgumentNullException.ThrowIfNull(session);
        var when = SessionTimes.Span(session.Start, session.End, zoneId);
        var (subject, line) = (notice, changedBy) switch
        {
            (SessionNotices.Notice.Booked, null) => ("A Fourfold session was booked", $"You booked a session: {when} (your time)."),
            (SessionNotices.Notice.Booked, { } by) => ("A Fourfold session was booked for you", $"{by} booked a session for you: {when} (your time)."),
            (SessionNotices.Notice.Moved, null) => ("Your Fourfold session has moved", $"You moved a session to {when} (your time)."),
            (SessionNotices.Notice.Moved, { } by) => ("Your Fourfold session has moved", $"{by} moved your session to {when} (your time)."),
            (SessionNotices.Notice.Cancelled, null) => ("Your Fourfold session was cancelled", $"You cancelled the session of {when} (your time)."),
            (SessionNotices.Notice.Cancelled, { } by) => ("Your Fourfold session was cancelled", $"{by} cancelled your session of {when} (your time). Nothing else is needed from you."),
            (SessionNotices.Notice.VenueChanged, null) => ("Where your Fourfold session happens has changed", $"You changed where the session of {when} (your time) happens."),
            (SessionNotices.Notice.VenueChanged, { } by) => ("Where your Fourfold session happens has changed", $"{by} changed where your session of {when} (your time) happens."),
            _ => ("Reminder: your Fourfold session", $"A reminder of your session: {when} (your time)."),
        };

        var body = new StringBuilder();
        body.Append("Hello ").Append(FirstName(recipientName)).Append(",\n\n").Append(line).Append("\n\n");
        if (notice != SessionNotices.Notice.Cancelled)
        {
            body.Append(Where(session)).Append("\n\n");
            body.Append("If you cannot come, please tell ").Append(changedBy ?? "the others taking part")
                .Append(" as soon as you can, the way you usually reach them.\n\n");
        }

        body.Append("The details are in Fourfold:\n").Append(sessionsLink).Append('\n');
        return (subject, body.ToString());
    }

    /// <summary>"Maya" from "Dr. Maya Lee": the first word that is not a title.</summary>
    public static string FirstName(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        var words = displayName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.FirstOrDefault(w => !w.EndsWith('.')) ?? displayName;
    }

    private static string Where(Session session) => (session.Place, session.VideoLink) switch
    {
        (null, null) => "Where: your care team will tell you.",
        ({ } place, null) => $"Where: {place}",
        (null, { } link) => $"How to join: {link}",
        ({ } place, { } link) => $"Where: {place}\nOr join by video: {link}",
    };
}
