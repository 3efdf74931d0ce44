namespace Fourfold.Domain.FullDisclosure;

/// <summary>What asking to move the disclosure came to: allowed, or refused with the reason.</summary>
public sealed record DisclosureVerdict
{
    private DisclosureVerdict(DisclosureRefusal? refusal) => Refusal = refusal;

    public static DisclosureVerdict Allowed { get; } = new((DisclosureRefusal?)null);

    public DisclosureRefusal? Refusal { get; }

    public bool IsAllowed => Refusal is null;

    public static DisclosureVerdict Refused(DisclosureRefusal reason) => new(reason);

    public string Explanation => Refusal is { } refusal ? DisclosureWording.Explain(refusal) : "Done.";
}
