namespace Fourfold.Web.Features.CaseDoor;

/// <summary>The one door to a case, and the views of cases it keeps by version.</summary>
internal static class CaseDoorFeature
{
    public static IServiceCollection AddCaseDoor(this IServiceCollection services)
    {
        services.AddScoped<CaseAccess>();
        services.AddSingleton<CaseViews>();
        return services;
    }
}
