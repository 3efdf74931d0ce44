using System.Text;
using Fourfold.Data.Identity;
using Fourfold.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Fourfold.Web.Features.Account;

/// <summary>The authenticator key a person enrols in their app, as text and as a QR code drawn by the server.</summary>
internal static class AuthenticatorKeys
{
    public static async Task<string> EnsureKeyAsync(UserManager<FourfoldUser> users, FourfoldUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (!string.IsNullOrEmpty(key))
        {
            return key;
        }

        // Identity's ResetAuthenticatorKeyAsync would also move the security stamp, ending the very session that is
        // enrolling; a first key changes no second factor, so it is set alone.
        key = users.GenerateNewAuthenticatorKey();
        var result = await users.SetAuthenticationTokenAsync(user, ProtectedSecretsUserStore.InternalLoginProvider, ProtectedSecretsUserStore.AuthenticatorKeyTokenName, key);
        return result.Succeeded ? key : throw new InvalidOperationException("The authenticator key could not be stored.");
    }

    public static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().Trim().ToLowerInvariant();
    }

    public static string OtpAuthUri(string email, string key) =>
        $"otpauth://totp/Fourfold:{Uri.EscapeDataString(email)}?secret={key}&issuer=Fourfold&digits=6";

    /// <summary>An SVG data URI, so that the page needs no script and no request to anyone else.</summary>
    public static string QrCodeDataUri(string otpAuthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpAuthUri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
