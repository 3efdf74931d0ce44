using Microsoft.AspNetCore.Identity;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Which page may have made or used a passkey: the origin the browser signed into the device's answer. Identity's own
/// check compares it with the request's Origin header, which every page here withholds from form posts (the referrer
/// policy is no-referrer); this compares it with the origins configured, or else with the address the request came to.
/// </summary>
internal sealed class PasskeyOrigins(IReadOnlyCollection<string> configured)
{
    public static PasskeyOrigins From(IConfiguration configuration) =>
        new(configuration.GetSection("SignIn:PasskeyOrigins").Get<string[]>() ?? []);

    public bool IsExpected(PasskeyOriginValidationContext context)
    {
        if (context.CrossOrigin || !Uri.TryCreate(context.Origin, UriKind.Absolute, out var origin))
        {
            return false;
        }

        var signed = origin.GetLeftPart(UriPartial.Authority);
        if (configured.Count > 0)
        {
            return configured.Any(expected => string.Equals(expected.TrimEnd('/'), signed, StringComparison.OrdinalIgnoreCase));
        }

        var request = context.HttpContext.Request;
        return string.Equals($"{request.Scheme}://{request.Host.Value}", signed, StringComparison.OrdinalIgnoreCase);
    }
}
