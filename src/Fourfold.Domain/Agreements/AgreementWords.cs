namespace Fourfold.Domain.Agreements;

/// <summary>Plain sentences for an agreement's terms, written from the side of the partner who makes the commitment.</summary>
public static class AgreementWords
{
    public static string CommitmentSentence(AgreementTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var told = Join([.. terms.TellWhom.Select(r => r.DescribeForBoth())]);
        return $"{char.ToUpperInvariant(told[0])}{told[1..]} {(terms.TellWhom.Count == 1 ? "is" : "are")} told {Within(terms.WithinHours ?? 0)}.";
    }

    public static string Within(int hours) => hours switch
    {
        1 => "within the hour",
        < 48 => $"within {hours} hours",
        _ when hours % 24 == 0 => $"within {hours / 24} days",
        _ => $"within {hours} hours",
    };

    /// <summary>"a, b and c".</summary>
    public static string Join(List<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };
}
