using System.Text.RegularExpressions;
using MimeKit;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>Reads the messages the app wrote to its pickup folder.</summary>
public static partial class Mail
{
    public static IReadOnlyList<MimeMessage> To(FourfoldAppFactory app, string address)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!Directory.Exists(app.MailDirectory))
        {
            return [];
        }

        return Directory.GetFiles(app.MailDirectory, "*.eml").Order(StringComparer.Ordinal)
            .Select(path => MimeMessage.Load(path))
            .Where(message => message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>The path and query of the newest link in a message to <paramref name="address"/> that starts with <paramref name="path"/>.</summary>
    public static string LinkTo(FourfoldAppFactory app, string address, string path)
    {
        var link = To(app, address)
            .SelectMany(message => LinkPattern().Matches(message.TextBody ?? "").Select(m => m.Value))
            .LastOrDefault(url => new Uri(url).AbsolutePath.StartsWith(path, StringComparison.Ordinal));
        Assert.NotNull(link);
        return new Uri(link).PathAndQuery;
    }

    [GeneratedRegex(@"https://localhost/\S+")]
    private static partial Regex LinkPattern();
}
