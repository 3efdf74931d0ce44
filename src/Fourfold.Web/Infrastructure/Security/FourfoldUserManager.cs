using System.Security.Cryptography;
using Fourfold.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// Identity's user manager with recovery codes strong enough to be stored with a fast hash: 24 characters of a
/// 32-letter alphabet without look-alikes (120 bits), written in six groups of four.
/// </summary>
internal sealed class FourfoldUserManager(
    IUserStore<FourfoldUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<FourfoldUser> passwordHasher,
    IEnumerable<IUserValidator<FourfoldUser>> userValidators,
    IEnumerable<IPasswordValidator<FourfoldUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<FourfoldUser>> logger)
    : UserManager<FourfoldUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    internal const string RecoveryCodeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    internal const int RecoveryCodeLength = 24;

    protected override string CreateTwoFactorRecoveryCode()
    {
        var letters = RandomNumberGenerator.GetString(RecoveryCodeAlphabet, RecoveryCodeLength);
        return string.Join('-', letters.Chunk(4).Select(group => new string(group)));
    }
}
