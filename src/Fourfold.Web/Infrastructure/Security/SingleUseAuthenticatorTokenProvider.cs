using Fourfold.Data.Identity;
using Microsoft.AspNetCore.Identity;
using NodaTime;
using OtpNet;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Checks authenticator-app codes (TOTP, RFC 6238) and accepts each code once: the time step of the last accepted code
/// is saved with the user, and a code of that step or an earlier one is refused. Concurrent use of one code is settled
/// by the user's concurrency stamp: only one save succeeds.
/// </summary>
internal sealed class SingleUseAuthenticatorTokenProvider(IClock clock) : IUserTwoFactorTokenProvider<FourfoldUser>
{
    public const string ProviderName = "SingleUseAuthenticator";

    private static readonly VerificationWindow OneStepEitherSide = new(previous: 1, future: 1);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<FourfoldUser> manager, FourfoldUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    public Task<string> GenerateAsync(string purpose, UserManager<FourfoldUser> manager, FourfoldUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<FourfoldUser> manager, FourfoldUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = (token ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(key) || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        var now = clock.GetCurrentInstant().ToDateTimeUtc();
        if (!totp.VerifyTotp(now, code, out var timeStep, OneStepEitherSide) || timeStep <= user.LastAuthenticatorTimeStep)
        {
            return false;
        }

        user.LastAuthenticatorTimeStep = timeStep;
        var saved = await manager.UpdateAsync(user);
        return saved.Succeeded;
    }
}
