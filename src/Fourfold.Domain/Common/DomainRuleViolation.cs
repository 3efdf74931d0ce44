namespace Fourfold.Domain.Common;

/// <summary>A transition an aggregate refused, with the reason in words a person can act on.</summary>
public sealed class DomainRuleViolation(string message) : InvalidOperationException(message);
