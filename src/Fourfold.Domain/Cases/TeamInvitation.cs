using Fourfold.Domain.Common;

namespace Fourfold.Domain.Cases;

/// <summary>Who is being invited to a case, in which role. Validates the address and name on creation.</summary>
public sealed record TeamInvitation
{
    public const int MaxNameLength = 100;
    public const int MaxEmailLength = 254;

    public TeamInvitation(CaseRole role, string email, string displayName)
    {
        var normalizedEmail = (email ?? "").Trim().ToLowerInvariant();
        if (normalizedEmail.Length is 0 or > MaxEmailLength || !LooksLikeEmail(normalizedEmail))
        {
            throw new DomainRuleViolation("Enter a valid email address.");
        }

        var name = (displayName ?? "").Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new DomainRuleViolation($"Enter a name of at most {MaxNameLength} characters.");
        }

        if (!Enum.IsDefined(role))
        {
            throw new DomainRuleViolation("Choose a role in the case.");
        }

        Role = role;
        Email = normalizedEmail;
        DisplayName = name;
    }

    public CaseRole Role { get; }

    public string Email { get; }

    public string DisplayName { get; }

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && !email.Any(char.IsWhiteSpace);
    }
}
