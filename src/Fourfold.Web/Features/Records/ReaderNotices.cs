using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Fourfold.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Records;

/// <summary>
/// Tells people on the team that there is something new for them in Fourfold: only people the access decision lets
/// read it, never its author, and by an email that carries none of its words (who wrote, and a link; the rest only
/// in the app). A notice that cannot be sent is logged; the record it announces stands.
/// </summary>
public sealed class ReaderNotices(FourfoldDbContext db, EmailSender email, PublicLinks links, IClock clock, ILogger<ReaderNotices> logger)
{
    /// <param name="context">The author's view of the case, as the record was saved.</param>
    /// <param name="words">The saved record's item.</param>
    /// <param name="notice">What the email says, given the author's name.</param>
    /// <param name="only">Narrows the readers told (for example to the one person whose agenda it is on); null tells every reader.</param>
    /// <param name="cancellationToken">Cancels sending.</param>
    public Task SendAsync(CaseReadContext context, WrittenItem words, Func<string, ReaderNotice> notice, Func<PersonId, bool>? only, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(words);
        return SendAsync(context, words.Facts, notice, only, cancellationToken);
    }

    /// <summary>The same, for a record read as <paramref name="facts"/> say (a workflow's own row, such as a request to meet).</summary>
    public async Task SendAsync(CaseReadContext context, ItemFacts facts, Func<string, ReaderNotice> notice, Func<PersonId, bool>? only, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(notice);
        var now = clock.GetCurrentInstant();
        var readers = context.State.ActiveRoles.Keys
            .Where(person => person != context.Reader.Person && (only is null || only(person)))
            .Where(person => AccessDecision.Decide(new Reader(person), facts, context.State, now) is AccessVerdict.Allowed)
            .Select(person => person.Value)
            .ToList();
        if (readers.Count == 0)
        {
            return;
        }

        var message = notice(context.NameOf(context.Reader.Person));
        foreach (var reader in await db.Users.AsNoTracking().Where(u => readers.Contains(u.Id) && u.Email != null).ToListAsync(cancellationToken))
        {
            try
            {
                // The record is saved: a notice is sent even if the person who saved it has gone, and one that fails
                // is logged rather than turning the saved change into an error that invites saving it twice.
                await email.SendAsync(reader.Email!, reader.DisplayName, message.Subject,
                    $"Hello {reader.DisplayName},\n\n{message.Lead} It is there when you are ready; nothing of it is in this email.\n\n{links.To(message.Path)}\n",
                    CancellationToken.None);
            }
            catch (Exception exception) when (exception is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning(exception, "A notice of something new could not be sent.");
            }
        }
    }
}

/// <summary>A content-free notice: its subject, one sentence of what is waiting (never its words), and where.</summary>
public sealed record ReaderNotice(string Subject, string Lead, string Path);
