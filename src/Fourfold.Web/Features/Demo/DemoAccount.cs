using Fourfold.Domain.People;

namespace Fourfold.Web.Features.Demo;

/// <summary>A fixed demo sign-in, printed at start and listed in the README.</summary>
public sealed record DemoAccount(string Email, string DisplayName, PersonKind Kind, string TimeZoneId, string? AuthenticatorKey, string Description)
{
    public const string Password = "Fourfold-Demo-2026";
}
