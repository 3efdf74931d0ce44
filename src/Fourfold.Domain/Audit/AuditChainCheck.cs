namespace Fourfold.Domain.Audit;

/// <summary>
/// Checks a chain one event at a time, in sequence order, so that millions of events can be streamed through it; the
/// first broken link is kept and ends the check.
/// </summary>
public sealed class AuditChainCheck(byte[] key)
{
    private long expectedSequence = 1;
    private string previousHash = AuditChain.Origin;
    private long checkedCount;
    private AuditVerification? broken;

    /// <summary>Checks the next event; false once the chain is broken.</summary>
    public bool Add(SealedAuditEvent sealedEvent)
    {
        ArgumentNullException.ThrowIfNull(sealedEvent);
        if (broken is not null)
        {
            return false;
        }

        broken = sealedEvent.Sequence != expectedSequence
            ? new(checkedCount, sealedEvent.Sequence, $"expected event {expectedSequence} but found {sealedEvent.Sequence}: an event was deleted, inserted or moved")
            : !AuditChain.FixedTimeEquals(sealedEvent.PreviousHash, previousHash)
                ? new(checkedCount, sealedEvent.Sequence, "it does not follow the event before it: an event was deleted, inserted or moved")
                : !AuditChain.Links(sealedEvent, key)
                    ? new(checkedCount, sealedEvent.Sequence, "its content does not match its hash: the event was edited")
                    : null;
        if (broken is not null)
        {
            return false;
        }

        previousHash = sealedEvent.Hash;
        expectedSequence++;
        checkedCount++;
        return true;
    }

    /// <summary>The verdict, once every event was added: the last event must be the one the head names.</summary>
    public AuditVerification Finish(AuditHead? head)
    {
        if (broken is not null)
        {
            return broken;
        }

        if (head is null)
        {
            return checkedCount == 0 ? new(0, null, null) : new(checkedCount, 1, "the chain's head record is missing");
        }

        if (!AuditChain.HeadIsGenuine(head, key))
        {
            return new(checkedCount, head.Sequence, "the chain's head record was edited");
        }

        return head.Sequence != checkedCount || !AuditChain.FixedTimeEquals(head.Hash, previousHash)
            ? new(checkedCount, Math.Min(head.Sequence, checkedCount + 1), $"the chain ends at event {checkedCount} but its head says {head.Sequence}: events were removed from the end")
            : new(checkedCount, null, null);
    }
}
