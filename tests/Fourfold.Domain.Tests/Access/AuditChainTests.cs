using System.Text;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Tests.Access;

public sealed class AuditChainTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a key that lives outside the database");

    private static (List<SealedAuditEvent> Events, AuditHead Head) Chain(int count)
    {
        var events = new List<SealedAuditEvent>();
        var previous = AuditChain.Origin;
        for (var i = 1; i <= count; i++)
        {
            var entry = new AuditEntry(Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(i), PersonId.New(), AuditAction.ReadItem, AuditOutcome.Succeeded,
                CaseId.New(), Guid.NewGuid(), "BetrayedPartner", "AudienceWithConsent", Guid.NewGuid().ToString(), "127.0.0.1");
            var sealedEvent = AuditChain.Seal(entry, i, previous, Key);
            events.Add(sealedEvent);
            previous = sealedEvent.Hash;
        }

        return (events, AuditChain.HeadAfter(events[^1], Key));
    }

    [Fact]
    public void IntactChain_Verifies_AndCountsEveryEvent()
    {
        var (events, head) = Chain(10);

        var result = AuditChain.Verify(events, head, Key);

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(10, result.Checked);
    }

    [Fact]
    public void EditedEvent_IsNamed()
    {
        var (events, head) = Chain(10);
        events[4] = events[4] with { Entry = events[4].Entry with { Outcome = AuditOutcome.Denied } };

        var result = AuditChain.Verify(events, head, Key);

        Assert.Equal(5, result.FirstBadSequence);
        Assert.Contains("edited", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DeletedEvent_IsNamed()
    {
        var (events, head) = Chain(10);
        events.RemoveAt(3);

        Assert.Equal(5, AuditChain.Verify(events, head, Key).FirstBadSequence);
    }

    [Fact]
    public void InsertedEvent_IsNamed()
    {
        var (events, head) = Chain(10);
        var forged = AuditChain.Seal(events[2].Entry, 4, events[2].Hash, Encoding.UTF8.GetBytes("a guessed key"));
        events.Insert(3, forged);
        for (var i = 4; i < events.Count; i++)
        {
            events[i] = events[i] with { Sequence = i + 1 };
        }

        Assert.Equal(4, AuditChain.Verify(events, head, Key).FirstBadSequence);
    }

    [Fact]
    public void ReorderedEvents_AreNamed()
    {
        var (events, head) = Chain(10);
        (events[6], events[7]) = (events[7] with { Sequence = 7 }, events[6] with { Sequence = 8 });

        Assert.Equal(7, AuditChain.Verify(events, head, Key).FirstBadSequence);
    }

    [Fact]
    public void TruncatedTail_IsDetectedByTheHead()
    {
        var (events, head) = Chain(10);
        events.RemoveRange(8, 2);

        var result = AuditChain.Verify(events, head, Key);

        Assert.False(result.IsIntact);
        Assert.Equal(9, result.FirstBadSequence);
    }

    [Fact]
    public void Seal_KeepsWholeMicroseconds_SoAStoredEventStillVerifies()
    {
        var entry = new AuditEntry(Instant.FromUnixTimeTicks(638_000_000_000_000_123), null, AuditAction.SignIn, AuditOutcome.Succeeded);

        var sealedEvent = AuditChain.Seal(entry, 1, AuditChain.Origin, Key);

        Assert.Equal(0, sealedEvent.Entry.At.ToUnixTimeTicks() % 10);
        Assert.True(AuditChain.Verify([sealedEvent], AuditChain.HeadAfter(sealedEvent, Key), Key).IsIntact);
    }

    [Fact]
    public void PageRead_ListsItsItems_AndAnEditedListBreaksTheLink()
    {
        var reads = Enumerable.Range(0, 3).Select(i => new AuditedRead(Guid.NewGuid(), "BetrayedPartner", "AudienceWithConsent", Guid.NewGuid().ToString())).ToList();
        var entry = new AuditEntry(Instant.FromUtc(2026, 1, 1, 0, 0), PersonId.New(), AuditAction.ReadItems, AuditOutcome.Succeeded, CaseId.New(),
            Subjects: "BetrayedPartner", Items: AuditedReads.Format(reads));
        var sealedEvent = AuditChain.Seal(entry, 1, AuditChain.Origin, Key);
        var head = AuditChain.HeadAfter(sealedEvent, Key);
        var shorter = sealedEvent with { Entry = entry with { Items = AuditedReads.Format(reads.Take(2)) } };

        Assert.Equal(reads, AuditedReads.Parse(sealedEvent.Entry.Items));
        Assert.True(AuditChain.Verify([sealedEvent], head, Key).IsIntact);
        Assert.Equal(1, AuditChain.Verify([shorter], head, Key).FirstBadSequence);
    }

    [Fact]
    public void TextMovedAcrossALineBreak_IsAnEdit()
    {
        var entry = new AuditEntry(Instant.FromUtc(2026, 1, 1, 0, 0), PersonId.New(), AuditAction.ReadItems, AuditOutcome.Succeeded, CaseId.New(),
            ClientAddress: "127.0.0.1", Items: AuditedReads.Format([new AuditedRead(Guid.NewGuid(), "", "RecordHolder", "")]));
        var sealedEvent = AuditChain.Seal(entry, 1, AuditChain.Origin, Key);
        var moved = sealedEvent with { Entry = entry with { ClientAddress = entry.ClientAddress + "\n" + entry.Items, Items = "" } };

        Assert.Equal(1, AuditChain.Verify([moved], AuditChain.HeadAfter(sealedEvent, Key), Key).FirstBadSequence);
    }

    [Fact]
    public void Union_KeepsEachValueOnce_InFirstSeenOrder() =>
        Assert.Equal("InvolvedPartner,BetrayedPartner", AuditedReads.Union(["InvolvedPartner", "", "BetrayedPartner,InvolvedPartner"]));
}
