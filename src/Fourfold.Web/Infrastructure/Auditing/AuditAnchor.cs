using System.Globalization;
using Fourfold.Domain.Audit;

namespace Fourfold.Web.Infrastructure.Auditing;

/// <summary>
/// The chain's head kept outside the database: an append-only file (<c>Audit:AnchorFile</c>, by default
/// <c>data/audit/anchor.log</c>) with one line per sealed head, "sequence hash mac". Someone who can rewrite the
/// database but not this file cannot wipe the trail or roll it back to an earlier head unseen: <c>audit verify</c>
/// compares the database with the file's last line. Keep the file where the database's administrators cannot write,
/// or ship it to append-only storage.
/// </summary>
public sealed class AuditAnchor(string path)
{
    private readonly Lock writing = new();

    public string Path { get; } = path;

    public static AuditAnchor Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new AuditAnchor(System.IO.Path.GetFullPath(configuration["Audit:AnchorFile"] ?? System.IO.Path.Combine("data", "audit", "anchor.log")));
    }

    /// <summary>Appends a head, after the transaction that sealed it committed (a head never anchors what was not kept).</summary>
    public void Append(AuditHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        lock (writing)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            File.AppendAllText(Path, string.Create(CultureInfo.InvariantCulture, $"{head.Sequence} {head.Hash} {head.Mac}\n"));
        }
    }

    /// <summary>The last head anchored, or null when nothing was; reads the end of the file only.</summary>
    public AuditHead? Last()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var tail = new byte[Math.Min(file.Length, 4096)];
        file.Seek(-tail.Length, SeekOrigin.End);
        file.ReadExactly(tail);
        // A line cut short by a crash while writing it anchors nothing; the one before it still does.
        var text = System.Text.Encoding.ASCII.GetString(tail);
        var lines = text[..(text.LastIndexOf('\n') + 1)].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 0 ? null
            : lines[^1].Split(' ') is [var sequence, var hash, var mac] && long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? new AuditHead(number, hash, mac)
                : new AuditHead(-1, "", "");
    }
}
