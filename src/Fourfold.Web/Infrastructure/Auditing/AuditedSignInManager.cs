using System.Security.Claims;
using Fourfold.Data.Identity;
using Fourfold.Domain.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Fourfold.Web.Infrastructure.Auditing;

/// <summary>
/// Identity's sign-in manager, writing an audit event for every completed sign-in (page or API, password alone or
/// with a second factor) and every failed attempt (unknown address, wrong password, wrong or replayed code).
/// </summary>
internal sealed class AuditedSignInManager(
    UserManager<FourfoldUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<FourfoldUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<FourfoldUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<FourfoldUser> confirmation,
    AuditTrail audit,
    IClock clock)
    : SignInManager<FourfoldUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            await RecordAsync(null, AuditAction.SignInFailed, AuditOutcome.Denied);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(FourfoldUser user, string password, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsDisabled)
        {
            return await RefuseDisabledAsync(user, password, lockoutOnFailure);
        }

        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (!result.Succeeded)
        {
            await RecordAsync(user, AuditAction.SignInFailed, AuditOutcome.Denied);
        }

        return result;
    }

    /// <summary>A disabled account can never sign in.</summary>
    public override async Task<bool> CanSignInAsync(FourfoldUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.IsDisabled && await base.CanSignInAsync(user);
    }

    /// <summary>
    /// Only someone who knows the password learns that the account is turned off; anyone else is told what any wrong
    /// password is told, and the attempt counts toward the lockout as usual.
    /// </summary>
    private async Task<SignInResult> RefuseDisabledAsync(FourfoldUser user, string password, bool lockoutOnFailure)
    {
        await RecordAsync(user, AuditAction.SignInFailed, AuditOutcome.Denied);
        if (await UserManager.IsLockedOutAsync(user))
        {
            return SignInResult.LockedOut;
        }

        if (await UserManager.CheckPasswordAsync(user, password))
        {
            return SignInResult.NotAllowed;
        }

        if (lockoutOnFailure)
        {
            await UserManager.AccessFailedAsync(user);
        }

        return await UserManager.IsLockedOutAsync(user) ? SignInResult.LockedOut : SignInResult.Failed;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        if (!result.Succeeded)
        {
            await RecordAsync(await GetTwoFactorAuthenticationUserAsync(), AuditAction.SignInFailed, AuditOutcome.Denied);
        }

        return result;
    }

    /// <summary>
    /// Identity does not count a wrong recovery code toward the lockout; here it counts like a wrong password or code,
    /// and a locked or turned-off account is refused even a right one.
    /// </summary>
    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        if (user is not null && await PreSignInCheck(user) is { } refused)
        {
            // Locked out, or turned off since the password step: Identity's own recovery-code step checks neither.
            await RecordAsync(user, AuditAction.SignInFailed, AuditOutcome.Denied);
            return refused;
        }

        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (result.Succeeded)
        {
            return result;
        }

        await RecordAsync(user, AuditAction.SignInFailed, AuditOutcome.Denied);
        if (user is not null && !result.IsLockedOut && !result.IsNotAllowed)
        {
            await UserManager.AccessFailedAsync(user);
            return await UserManager.IsLockedOutAsync(user) ? SignInResult.LockedOut : result;
        }

        return result;
    }

    /// <summary>An answer posted with no ceremony begun (a replayed or forged post) is refused like any bad answer.</summary>
    public override async Task<PasskeyAttestationResult> PerformPasskeyAttestationAsync(string credentialJson)
    {
        try
        {
            return await base.PerformPasskeyAttestationAsync(credentialJson);
        }
        catch (InvalidOperationException unexpected)
        {
            return PasskeyAttestationResult.Fail(new PasskeyException(unexpected.Message, unexpected));
        }
    }

    /// <inheritdoc cref="PerformPasskeyAttestationAsync"/>
    public override async Task<PasskeyAssertionResult<FourfoldUser>> PerformPasskeyAssertionAsync(string credentialJson)
    {
        try
        {
            return await base.PerformPasskeyAssertionAsync(credentialJson);
        }
        catch (InvalidOperationException unexpected)
        {
            return PasskeyAssertionResult.Fail<FourfoldUser>(new PasskeyException(unexpected.Message, unexpected));
        }
    }

    /// <summary>
    /// A passkey checked with its owner present (PIN, fingerprint, face) is something they have and something they
    /// are or know: the sign-in counts as two factors. The account's own checks (a lockout) still apply.
    /// </summary>
    public override async Task<SignInResult> PasskeySignInAsync(string credentialJson)
    {
        var assertion = await PerformPasskeyAssertionAsync(credentialJson);
        if (!assertion.Succeeded || !assertion.Passkey.IsUserVerified)
        {
            Logger.LogInformation("A passkey sign-in was refused: {Reason}", assertion.Failure?.Message ?? "the device did not check who was present");
            await RecordAsync(assertion.Succeeded ? assertion.User : null, AuditAction.SignInFailed, AuditOutcome.Denied);
            return SignInResult.Failed;
        }

        var user = assertion.User;
        if (await PreSignInCheck(user) is { } refused)
        {
            await RecordAsync(user, AuditAction.SignInFailed, AuditOutcome.Denied);
            return refused;
        }

        // The device's signature counter moves with each use; storing it lets a cloned key be noticed.
        var stored = await UserManager.AddOrUpdatePasskeyAsync(user, assertion.Passkey);
        if (!stored.Succeeded)
        {
            return SignInResult.Failed;
        }

        await UserManager.ResetAccessFailedCountAsync(user);
        await SignInWithClaimsAsync(user, isPersistent: false, [new Claim(Security.FourfoldClaims.AuthenticationMethod, Security.FourfoldClaims.MultiFactor)]);
        return SignInResult.Success;
    }

    public override async Task SignInWithClaimsAsync(FourfoldUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        // Recorded first: a sign-in whose audit event cannot be written does not happen.
        await RecordAsync(user, AuditAction.SignIn, AuditOutcome.Succeeded);
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }

    /// <summary>A refreshed sign-in (cookie or bearer token) keeps the evidence that the original one passed a second factor.</summary>
    public override async Task<FourfoldUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        if (user is not null && principal?.HasClaim(Security.FourfoldClaims.AuthenticationMethod, Security.FourfoldClaims.MultiFactor) == true)
        {
            Context.Items[PassedSecondFactor] = true;
        }

        return user;
    }

    public override async Task<ClaimsPrincipal> CreateUserPrincipalAsync(FourfoldUser user)
    {
        var principal = await base.CreateUserPrincipalAsync(user);
        if (Context.Items.ContainsKey(PassedSecondFactor) && principal.Identity is ClaimsIdentity identity
            && !identity.HasClaim(Security.FourfoldClaims.AuthenticationMethod, Security.FourfoldClaims.MultiFactor))
        {
            identity.AddClaim(new Claim(Security.FourfoldClaims.AuthenticationMethod, Security.FourfoldClaims.MultiFactor));
        }

        return principal;
    }

    private const string PassedSecondFactor = "fourfold:refresh-passed-second-factor";

    private Task RecordAsync(FourfoldUser? user, AuditAction action, AuditOutcome outcome) =>
        audit.RecordAsync(new AuditEntry(
            clock.GetCurrentInstant(),
            user?.PersonId,
            action,
            outcome,
            ClientAddress: Context.Connection.RemoteIpAddress?.ToString() ?? ""));
}
