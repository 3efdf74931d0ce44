using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Fourfold.Domain.Audit;

/// <summary>
/// Links audit events into an HMAC-SHA256 chain (each hash covers the event and the previous hash) and checks a
/// chain: an edited, deleted, inserted or reordered event breaks a link, and a truncated tail no longer matches the
/// head. The key lives outside the database, so whoever can write to the database cannot forge a link.
/// </summary>
public static class AuditChain
{
    public const string Origin = "origin";

    /// <summary>Seals an entry after <paramref name="previousHash"/>. Its time is kept to whole microseconds, the precision every database keeps.</summary>
    public static SealedAuditEvent Seal(AuditEntry entry, long sequence, string previousHash, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var stored = entry with { At = Instant.FromUnixTimeTicks(entry.At.ToUnixTimeTicks() / 10 * 10) };
        return new SealedAuditEvent(sequence, stored, previousHash, Mac(key, Canonical(sequence, previousHash, stored)));
    }

    public static AuditHead HeadAfter(SealedAuditEvent last, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(last);
        return new AuditHead(last.Sequence, last.Hash, Mac(key, $"head|{last.Sequence}|{last.Hash}"));
    }

    public static AuditVerification Verify(IEnumerable<SealedAuditEvent> eventsInSequenceOrder, AuditHead? head, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(eventsInSequenceOrder);
        var check = new AuditChainCheck(key);
        foreach (var sealedEvent in eventsInSequenceOrder)
        {
            if (!check.Add(sealedEvent))
            {
                break;
            }
        }

        return check.Finish(head);
    }

    /// <summary>
    /// No stored field ever holds a line break, so one found there was written into the database: it would let text move
    /// from one field to the next without changing the canonical form.
    /// </summary>
    internal static bool Links(SealedAuditEvent sealedEvent, byte[] key) =>
        !HasLineBreak(sealedEvent.Entry)
        && FixedTimeEquals(sealedEvent.Hash, Mac(key, Canonical(sealedEvent.Sequence, sealedEvent.PreviousHash, sealedEvent.Entry)));

    public static bool HeadIsGenuine(AuditHead head, byte[] key) =>
        FixedTimeEquals(head.Mac, Mac(key, $"head|{head.Sequence}|{head.Hash}"));

    public static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a ?? ""), Encoding.ASCII.GetBytes(b ?? ""));

    private static bool HasLineBreak(AuditEntry e) =>
        new[] { e.Subjects, e.Rule, e.Authorizations, e.ClientAddress, e.Items }.Any(field => field.Contains('\n', StringComparison.Ordinal));

    /// <summary>
    /// One line per field, in a fixed order and format, so that the same event always hashes the same. The list of a
    /// page read is a last line that events without one do not have, so that every event sealed before it existed
    /// still links.
    /// </summary>
    private static string Canonical(long sequence, string previousHash, AuditEntry e) =>
        e.Items.Length == 0 ? Fields(sequence, previousHash, e) : Fields(sequence, previousHash, e) + "\n" + e.Items;

    private static string Fields(long sequence, string previousHash, AuditEntry e) =>
        string.Join('\n',
            sequence.ToString(CultureInfo.InvariantCulture),
            previousHash,
            InstantPattern.ExtendedIso.Format(e.At),
            e.Actor?.Value.ToString() ?? "",
            e.Action.ToString(),
            e.Outcome.ToString(),
            e.CaseId?.Value.ToString() ?? "",
            e.ItemId?.ToString() ?? "",
            e.Subjects,
            e.Rule,
            e.Authorizations,
            e.ClientAddress);

    private static string Mac(byte[] key, string text) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));
}
