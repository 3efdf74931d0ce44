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
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (!result.Succeeded)
        {
            await RecordAsync(user, AuditAction.SignInFailed, AuditOutcome.Denied);
        }

        return result;
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

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (!result.Succeeded)
        {
            await RecordAsync(await GetTwoFactorAuthenticationUserAsync(), AuditAction.SignInFailed, AuditOutcome.Denied);
        }

        return result;
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
