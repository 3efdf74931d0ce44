namespace Fourfold.Web.Features.Authorizations;

/// <summary>What a partner shares, signed and revoked by them.</summary>
internal static class AuthorizationsFeature
{
    public static IServiceCollection AddAuthorizations(this IServiceCollection services)
    {
        services.AddScoped<SignAuthorization>();
        services.AddScoped<RevokeAuthorization>();
        services.AddScoped<SharingQuery>();
        return services;
    }
}
