namespace Fourfold.Web.Features.Demo;

/// <summary>The demo practice, cases and story.</summary>
internal static class DemoFeature
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        return services;
    }
}
