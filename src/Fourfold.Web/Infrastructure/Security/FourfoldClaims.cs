namespace Fourfold.Web.Infrastructure.Security;

public static class FourfoldClaims
{
    /// <summary>The person's <see cref="Domain.People.PersonKind"/>.</summary>
    public const string Kind = "fourfold:kind";

    /// <summary>Authentication method reference; Identity adds "mfa" after a second factor.</summary>
    public const string AuthenticationMethod = "amr";

    public const string MultiFactor = "mfa";

    /// <summary>When the person signed in with their password, in Unix seconds; a refreshed bearer token keeps the first one.</summary>
    public const string SignedInAt = "fourfold:signed-in-at";
}
