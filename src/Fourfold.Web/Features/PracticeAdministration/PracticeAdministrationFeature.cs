namespace Fourfold.Web.Features.PracticeAdministration;

/// <summary>A practice's people and settings, kept by its administrators.</summary>
internal static class PracticeAdministrationFeature
{
    public static IServiceCollection AddPracticeAdministration(this IServiceCollection services)
    {
        services.AddScoped<PracticeQueries>();
        services.AddScoped<AddPracticeMember>();
        services.AddScoped<DisableAccount>();
        services.AddScoped<SetSafetySettings>();
        return services;
    }
}
