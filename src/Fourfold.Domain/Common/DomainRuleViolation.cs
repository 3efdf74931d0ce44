namespace Fourfold.Domain.Common;

/// <summary>A transition an aggregate refused, with the reason in words a person can act on, and the field it is about when there is one.</summary>
public sealed class DomainRuleViolation(string message, string? field = null) : InvalidOperationException(message)
{
    public string? Field { get; } = field;
}
