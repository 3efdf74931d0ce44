namespace Fourfold.Web.Features.Profile;

/// <summary>Professionals' profiles, as their colleagues and clients read them.</summary>
internal static class ProfileFeature
{
    public static IServiceCollection AddProfile(this IServiceCollection services)
    {
        services.AddScoped<ProfessionalProfiles>();
        return services;
    }
}
