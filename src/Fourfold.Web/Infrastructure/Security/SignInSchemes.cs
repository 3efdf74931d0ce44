namespace Fourfold.Web.Infrastructure.Security;

public static class SignInSchemes
{
    /// <summary>Reads a bearer token when the request carries one, the session cookie otherwise.</summary>
    public const string Default = "Fourfold";
}
