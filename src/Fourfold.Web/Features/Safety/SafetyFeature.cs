namespace Fourfold.Web.Features.Safety;

/// <summary>Help in a crisis, as the practice sets it.</summary>
internal static class SafetyFeature
{
    public static IServiceCollection AddSafety(this IServiceCollection services)
    {
        services.AddScoped<CrisisLine>();
        return services;
    }
}
