namespace Fourfold.Web.Features.AccessHistory;

/// <summary>Who has read what about a partner.</summary>
internal static class AccessHistoryFeature
{
    public static IServiceCollection AddAccessHistory(this IServiceCollection services)
    {
        services.AddScoped<AccessHistoryQuery>();
        return services;
    }
}
